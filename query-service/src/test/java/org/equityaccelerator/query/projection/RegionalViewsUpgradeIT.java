package org.equityaccelerator.query.projection;

import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.query.TestEvents;
import org.equityaccelerator.query.regional.RegionalProgressFold;
import org.equityaccelerator.query.regional.RegionalPublication;
import org.equityaccelerator.query.regional.RegionalTallies;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database kept from before the regional tallies (a local data directory, a production view database): the upgrade
 * folds each stored regional view again from its applied events, on real PostgreSQL.
 */
class RegionalViewsUpgradeIT {
    static final LocalInfra INFRA = LocalInfra.shared();

    @Test
    void aRegionalViewStoredBeforeTheTalliesIsFoldedAgainFromItsAppliedEvents() {
        DriverManagerDataSource db = new DriverManagerDataSource(INFRA.database("regional_upgrade_it"),
                INFRA.username(), INFRA.password());
        Flyway.configure().dataSource(db).locations("classpath:db/queries").target("2").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        TestEvents events = new TestEvents("p", "c").cohort("EXECUTIVE_LEADERSHIP");
        events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "FINANCE");
        events.participant("LHJ-B", 1, "FINANCE");
        events.participant("LHJ-C", 1, "EXECUTIVE_LEADERSHIP");
        CloudEventCodec codec = new CloudEventCodec();
        new ProjectionStore(jdbc).saveApplied(events.events().stream()
                .map(e -> new AppliedEvent(e, codec.encode(e))).toList());
        // the old document: the served figures themselves, no tallies
        jdbc.update("insert into regional_progress (cohort_id, view) values ('c', ?::jsonb)",
                "{\"cohortId\":\"c\",\"participantsEnrolled\":3,\"goalsCommitted\":4,\"eventsApplied\":"
                        + events.events().size() + "}");

        Flyway.configure().dataSource(db).locations("classpath:db/queries")
                .javaMigrations(new V3__RefoldRegionalViews()).load().migrate();

        String stored = jdbc.queryForObject("select view::text from regional_progress where cohort_id = 'c'",
                String.class);
        RegionalTallies upgraded = ViewJson.read(stored, RegionalTallies.class);
        assertThat(ViewJson.write(upgraded)).isEqualTo(ViewJson.write(RegionalProgressFold.replay(events.events())));
        var served = RegionalPublication.publish(upgraded, LocalDate.of(2023, 12, 1));
        assertThat(served.participantsEnrolled).isEqualTo(3);
        assertThat(served.goalsCommitted).isEqualTo(4);
        assertThat(served.teamsWithAllRequiredRoles).isEqualTo(2);
    }
}
