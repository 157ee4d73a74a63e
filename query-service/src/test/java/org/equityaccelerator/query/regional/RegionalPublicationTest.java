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
}
