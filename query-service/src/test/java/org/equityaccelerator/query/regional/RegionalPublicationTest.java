package org.equityaccelerator.query.regional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The published regional view: exactly the mapped fields, the same figures as before the fold was split. */
class RegionalPublicationTest {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static RegionalProgress served(RegionalFixture fixture, LocalDate on) {
        return RegionalPublication.publish(RegionalProgressFold.replay(fixture.events.events()), on);
    }

    /**
     * A cohort touching every area, served as the API serves it, equals the document captured from the single fold
     * before it was split into tallies (src/test/resources/regional/served-fixture.json): any field that appears,
     * disappears or changes value fails here.
     */
    @Test
    void theServedViewIsExactlyTheMappedFigures() throws Exception {
        JsonNode served = JSON.readTree(JSON.writeValueAsString(served(new RegionalFixture(), LocalDate.of(2024, 7, 1))));
        JsonNode expected;
        try (var golden = getClass().getResourceAsStream("/regional/served-fixture.json")) {
            expected = JSON.readTree(golden);
        }
        assertThat(served).isEqualTo(expected);
    }

    /** Internal fields of the tallies (names, member refs, scores, values, endorser ids) never reach the view. */
    @Test
    void nothingInternalIsPublished() {
        RegionalFixture fixture = new RegionalFixture();
        String served = JSON.writeValueAsString(served(fixture, LocalDate.of(2024, 7, 1)));
        assertThat(served).doesNotContain(fixture.b, fixture.c, fixture.d, "LHJ-B", "\"m-0\"", "orgName",
                "baselineScores", "latestItemLevels", "attendees", "endorsers", "9500000", "\"members\"");
    }

    /** Closed at the end of 2023 and read in 2026: open goals are carried over, not overdue for three years. */
    @Test
    void aCohortClosedIn2023ServedIn2026CountsItsGoalsToTheClosure() {
        RegionalProgress view = served(new RegionalFixture(), LocalDate.of(2026, 11, 30));
        assertThat(view.closedOn).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(view.goalsOverdue).isZero();        // every target date lies in 2024
        assertThat(view.goalsCarriedOver).isEqualTo(3);
        assertThat(served(new RegionalFixture(), LocalDate.of(2024, 7, 1)).goalsOverdue).isZero(); // past the targets
    }

    /**
     * A one-participant cohort (and a two-participant one, below the default minimum of three): no row shows one
     * organisation's figures, not even as anonymous-01; the cohort figures stay.
     */
    @Test
    void fewerParticipantsThanTheMinimumShowNoParticipantRows() {
        org.equityaccelerator.query.TestEvents events = new org.equityaccelerator.query.TestEvents("p", "solo")
                .cohort(RegionalProgressFoldTest.REQUIRED);
        events.participant("HOSPITAL-1", 2, "EXECUTIVE_LEADERSHIP");
        RegionalProgress one = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2023, 12, 1));
        assertThat(one.participants).isEmpty();
        assertThat(one.participantRowsSuppressed).isTrue();
        assertThat(one.goalsCommitted).isEqualTo(2);
        events.participant("HOSPITAL-2", 1, "EXECUTIVE_LEADERSHIP");
        assertThat(RegionalPublication.publish(RegionalProgressFold.replay(events.events()), LocalDate.of(2023, 12, 1))
                .participants).isEmpty();
        events.participant("HOSPITAL-3", 1, "EXECUTIVE_LEADERSHIP");
        RegionalProgress three = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2023, 12, 1));
        assertThat(three.participants).containsOnlyKeys("anonymous-01", "anonymous-02", "anonymous-03");
        assertThat(three.participantRowsSuppressed).isFalse();
    }
}
