package org.equityaccelerator.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disaggregation was added to the metric events and the cell minimum to the cohort additively: the versions before
 * (golden-previous) still decode, as a metric without dimensions and readings without groups.
 */
class DisaggregationVersionsTest {
    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void aCohortOfVersion1_1ReadsWithTheDefaultCellMinimum() throws IOException {
        CohortOpened cohort = (CohortOpened) decode("cohort.opened.v1.1");
        assertThat(cohort.minReportingParticipants()).isEqualTo(3);
        assertThat(cohort.minCellCount()).isEqualTo(CohortOpened.DEFAULT_MIN_CELL_COUNT).isEqualTo(11);
    }

    @Test
    void aMetricAdoptionOfVersion1_1ReadsAsNotDisaggregated() throws IOException {
        MetricAdoptedForCohort adopted = (MetricAdoptedForCohort) decode("cohort.metric-adopted.v1.1");
        assertThat(adopted.aggregation()).isEqualTo("POOLED_RATIO");
        assertThat(adopted.disaggregations()).isEmpty();
    }

    @Test
    void readingsOfTheVersionsBeforeGroupsReadWithoutGroups() throws IOException {
        MetricBaselineSet baseline = (MetricBaselineSet) decode("metric.baseline-set.v1.1");
        assertThat(baseline.value()).isEqualByComparingTo("12.63");
        assertThat(baseline.groups()).isEmpty();
        MetricObservationRecorded recorded = (MetricObservationRecorded) decode("metric.observation-recorded.v1.1");
        assertThat(recorded.period()).isEqualTo("2023-Q3");
        assertThat(recorded.groups()).isEmpty();
        MetricObservationCorrected corrected = (MetricObservationCorrected) decode("metric.observation-corrected.v1.0");
        assertThat(corrected.previousValue()).isEqualByComparingTo(new BigDecimal("14.2"));
        assertThat(corrected.groups()).isEmpty();
    }

    @Test
    void theCurrentVersionsCarryTheDimensionsAndTheGroupValues() {
        MetricAdoptedForCohort adopted = sample(MetricAdoptedForCohort.class);
        assertThat(adopted.disaggregations()).singleElement()
                .satisfies(d -> assertThat(d.referenceGroup()).isEqualTo("HPI_Q2_Q4"));
        MetricObservationRecorded recorded = sample(MetricObservationRecorded.class);
        assertThat(recorded.groups()).extracting(GroupValue::group).containsExactly("HPI_Q1", "HPI_Q2_Q4");
        assertThat(recorded.groups().get(0).count()).isEqualTo(44L);
    }

    private static <T> T sample(Class<T> type) {
        return SampleEvents.all().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private AcceleratorEvent decode(String typeVersion) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(
                "/golden-previous/org.equityaccelerator." + typeVersion + ".json")) {
            return codec.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow().data();
        }
    }
}
