package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.ConsentRecorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant that consented to be named and later withdrew that consent: an earlier view served to someone who is
 * not program staff names it no more than today's view does.
 */
class WithdrawnConsentTest {
    private final RegionalFixture fixture = new RegionalFixture();
    /** The fixture as it stood: LHJ-A named, endorsing r-1. */
    private final RegionalTallies then = RegionalProgressFold.replay(fixture.events.events());

    private RosterTally today() {
        fixture.events.add(new ConsentRecorded(fixture.a, RegionalFixture.C, RegionalFixture.P, "AGGREGATE_ONLY",
                "EXECUTIVE_LEADERSHIP", LocalDate.of(2024, 2, 1)));
        return RegionalProgressFold.replay(fixture.events.events()).roster;
    }

    @Test
    void aConsentWithdrawnSinceNamesNobodyInAnEarlierView() {
        assertThat(served().participants).containsKey("LHJ-A (placeholder)"); // as it stood, for staff

        then.roster.withholdNamesWithdrawnSince(today(), Set.of());

        RegionalProgress view = served();
        String json = RegionalPublicationTest.JSON.writeValueAsString(view);
        assertThat(json).doesNotContain("LHJ-A", fixture.a, "g-LHJ-A-0", "pc-LHJ-A-1");
        assertThat(view.participants.keySet()).allMatch(key -> key.startsWith("anonymous-"));
        assertThat(view.recommendations.get("r-1").endorsedBy).isEmpty();
        assertThat(view.recommendations.get("r-1").anonymousEndorsements).isEqualTo(2);
        assertThat(view.participants.values()).noneMatch(row -> "REGIONAL_NAMED".equals(row.consentScope));
    }

    @Test
    void theCallersOwnTeamKeepsItsName() {
        then.roster.withholdNamesWithdrawnSince(today(), Set.of(fixture.a));

        assertThat(served().participants).containsKey("LHJ-A (placeholder)");
    }

    @Test
    void aParticipantThatStillConsentsKeepsItsName() {
        RosterTally unchanged = RegionalProgressFold.replay(fixture.events.events()).roster;

        then.roster.withholdNamesWithdrawnSince(unchanged, Set.of());

        assertThat(served().participants).containsKey("LHJ-A (placeholder)");
        assertThat(served().recommendations.get("r-1").endorsedBy).containsExactly("LHJ-A (placeholder)");
    }

    private RegionalProgress served() {
        return RegionalPublication.publish(then, LocalDate.of(2024, 7, 1));
    }
}
