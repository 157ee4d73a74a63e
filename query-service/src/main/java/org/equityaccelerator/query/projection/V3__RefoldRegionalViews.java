package org.equityaccelerator.query.projection;

import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.query.regional.RegionalProgressFold;
import org.equityaccelerator.query.regional.RegionalTallies;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Regional views are stored as per-area tallies since issue 8 (before, as the served figures): every stored regional
 * view is folded again from the events it was folded from (applied_event, in stream order, as as-of views are), so a
 * kept database or local data directory reads right after the upgrade instead of continuing from an empty tally.
 * Picked up by Spring Boot's Flyway configuration as a bean; participant views did not change shape.
 */
@Component
class V3__RefoldRegionalViews extends BaseJavaMigration {
    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        CloudEventCodec codec = new CloudEventCodec();
        for (String cohort : jdbc.queryForList("select cohort_id from regional_progress", String.class)) {
            List<EventEnvelope> events = jdbc.queryForList("select cloud_event from applied_event where cohort_id = ? "
                    + "order by aggregate_id, sequence", String.class, cohort).stream().map(codec::decode)
                    .flatMap(Optional::stream).toList();
            RegionalTallies tallies = RegionalProgressFold.replay(events);
            if (tallies != null) {
                jdbc.update("update regional_progress set view = ?::jsonb where cohort_id = ?", ViewJson.write(tallies),
                        cohort);
            }
        }
    }
}
