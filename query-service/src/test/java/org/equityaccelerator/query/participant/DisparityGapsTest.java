package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.query.TestEvents;
import org.equityaccelerator.query.regional.RegionalProgressFold;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disaggregated series in the participant view: each group's value per period, the gap to the reference group and
 * whether the gap narrowed since the baseline period. Numbers: % of new CBO awards offering advance payment by the
 * language of the CBO's community (reference ENGLISH).
 */
class DisparityGapsTest {
    static final LocalDate DAY = LocalDate.of(2023, 10, 20);
    static final String METRIC = "M-ADV-PAY-SHARE";
    static final Disaggregation LANGUAGE = new Disaggregation("LANGUAGE", List.of("ENGLISH", "SPANISH", "OTHER"),
            "ENGLISH");

    static GroupValue language(String group, String value, long count) {
        return new GroupValue("LANGUAGE", group, new BigDecimal(value), null, null, count);
    }

    static GroupValue cell(String group, BigDecimal value) {
        return new GroupValue("LANGUAGE", group, value, null, null, 20L);
    }

    final TestEvents events = new TestEvents("p", "c").cohort();
    final String id = events.participant("LHJ-A", 0, "FINANCE");

    DisparityGapsTest() {
        events.add(new MetricAdoptedForCohort("c", "p", METRIC, "1.0", "% of new CBO awards with advance payment",
                "PERCENT", "HIGHER_IS_BETTER", "QUARTER", "POOLED_RATIO", DAY, null, null, null, null, null,
                List.of(LANGUAGE)));
        events.add(new MetricBaselineSet(id, "c", "p", METRIC, "2023-Q2", new BigDecimal("40"), null, null, "s", DAY,
                null, List.of(language("ENGLISH", "50", 60), language("SPANISH", "30", 30),
                        language("OTHER", "20", 10))));
        events.add(new MetricObservationRecorded(id, "c", "p", METRIC, "2023-Q3", new BigDecimal("55"), null, null,
                "s", DAY, null, List.of(language("ENGLISH", "60", 60), language("SPANISH", "48", 32),
                        language("OTHER", "25", 9))));
    }

    ParticipantProgress served() {
        ParticipantProgress view = ParticipantProgressFoldTest.fold(events.events(), id);
        MetricPeriods.apply(view, RegionalProgressFold.replay(events.events()), LocalDate.of(2023, 10, 31));
        return view;
    }

    @Test
    void theFoldKeepsEachPeriodsGroupValuesWithTheirCellCounts() {
        ParticipantProgress.MetricSeries series = ParticipantProgressFoldTest.fold(events.events(), id).metrics
                .get(METRIC);
        assertThat(series.groups).containsOnlyKeys("2023-Q2", "2023-Q3");
        assertThat(series.groups.get("2023-Q3")).contains(
                language("OTHER", "25", 9));
        assertThat(series.latest.value()).isEqualByComparingTo("55"); // the total is untouched
    }

    @Test
    void eachGroupHasItsGapToTheReferenceGroupAndWhetherItNarrowedSinceBaseline() {
        List<ParticipantProgress.Disparity> gaps = served().metrics.get(METRIC).disparities;
        assertThat(gaps).extracting(ParticipantProgress.Disparity::group).containsExactly("ENGLISH", "SPANISH", "OTHER");
        assertThat(gaps.get(0)).isEqualTo(new ParticipantProgress.Disparity("LANGUAGE", "ENGLISH", true, "2023-Q3",
                new BigDecimal("60"), 60L, null, "2023-Q2", null, null));
        // Spanish: -20 points at baseline, -12 now: narrowed
        assertThat(gaps.get(1)).isEqualTo(new ParticipantProgress.Disparity("LANGUAGE", "SPANISH", false, "2023-Q3",
                new BigDecimal("48"), 32L, new BigDecimal("-12.00"), "2023-Q2", new BigDecimal("-20.00"), true));
        // other languages: -30 at baseline, -35 now: widened
        assertThat(gaps.get(2).gap()).isEqualByComparingTo("-35");
        assertThat(gaps.get(2).narrowed()).isFalse();
    }

    @Test
    void aCorrectionReplacesItsPeriodsGroupsAndTheGapsFollow() {
        events.add(new MetricObservationCorrected(id, "c", "p", METRIC, "2023-Q3", new BigDecimal("55"), null, null,
                "misfiled award", "e-1", new BigDecimal("55"), DAY.plusDays(3), List.of(language("ENGLISH", "60", 60),
                        language("SPANISH", "48", 32), language("OTHER", "45", 9))));
        ParticipantProgress.Disparity other = served().metrics.get(METRIC).disparities.get(2);
        assertThat(other.gap()).isEqualByComparingTo("-15");
        assertThat(other.narrowed()).isTrue();
    }

    @Test
    void aGapIsUnknownWithoutTheReferenceOrTheBaselineAndNothingNarrowsAtTheBaselineItself() {
        java.util.TreeMap<String, List<GroupValue>> groups = new java.util.TreeMap<>();
        groups.put("2023-Q2", List.of(cell("ENGLISH", BigDecimal.TEN), cell("SPANISH", BigDecimal.ONE)));
        assertThat(DisparityGaps.of(groups, "2023-Q2", List.of(LANGUAGE)).get(1).narrowed()).isNull();
        assertThat(DisparityGaps.of(groups, null, List.of(LANGUAGE)).get(1).baselineGap()).isNull();
        groups.put("2023-Q3", List.of(cell("SPANISH", BigDecimal.ONE)));
        ParticipantProgress.Disparity spanish = DisparityGaps.of(groups, "2023-Q2", List.of(LANGUAGE)).get(0);
        assertThat(spanish.gap()).isNull();
        assertThat(spanish.narrowed()).isNull();
    }

    @Test
    void aSeriesThatIsNotDisaggregatedHasNoDisparities() {
        events.add(new MetricObservationRecorded(id, "c", "p", "M-NEW-CBO", "2023-Q3", BigDecimal.TEN, null, null,
                "s", DAY));
        assertThat(served().metrics.get("M-NEW-CBO").disparities).isNull();
    }
}
