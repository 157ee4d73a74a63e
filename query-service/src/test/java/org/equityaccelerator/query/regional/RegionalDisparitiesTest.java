package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.query.TestEvents;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regional figures of a disaggregated metric, the demo's: CBO applications awarded by the language of the community
 * served (reference ENGLISH), four LHJs, cohort minimum 3 participants and 11 per cell. LHJ-C's OTHER cell of 2023-Q3
 * stands for 7 applications: it is suppressed in every regional figure and in the export.
 */
class RegionalDisparitiesTest {
    static final String METRIC = "M-AWARD-RATE-LANG";
    static final LocalDate DAY = LocalDate.of(2023, 10, 20);
    /** awarded/applications for ENGLISH, SPANISH, OTHER at baseline 2023-Q2, then 2023-Q3 (as DemoDisparities). */
    static final int[][][] AWARDS = {
            {{24, 40, 9, 25, 3, 12}, {26, 42, 13, 27, 5, 13}},
            {{30, 50, 10, 30, 4, 11}, {31, 50, 14, 31, 4, 12}},
            {{18, 30, 6, 20, 2, 11}, {20, 32, 9, 22, 3, 7}},
            {{22, 36, 8, 24, 3, 11}, {22, 35, 7, 25, 3, 12}}};
    static final String[] GROUPS = {"ENGLISH", "SPANISH", "OTHER"};
    static final String SMALL_CELL_VALUE = "42.86"; // LHJ-C, OTHER, 2023-Q3: 3 of 7

    final TestEvents events = new TestEvents("pha-rea", "pha-rea-2023").cohort();

    RegionalDisparitiesTest() {
        events.add(new MetricAdoptedForCohort("pha-rea-2023", "pha-rea", METRIC, "1.0",
                "% of CBO applications awarded", "PERCENT", "HIGHER_IS_BETTER", "QUARTER", "POOLED_RATIO", DAY, null,
                null, null, null, null, List.of(new Disaggregation("LANGUAGE", List.of(GROUPS), "ENGLISH"))));
    }

    void report(int lhjs) {
        for (int p = 0; p < lhjs; p++) {
            String id = events.participant("LHJ-" + (char) ('A' + p), 0, "FINANCE");
            events.add(new MetricBaselineSet(id, "pha-rea-2023", "pha-rea", METRIC, "2023-Q2", null, null, null, "s",
                    DAY, null, groups(AWARDS[p][0])));
            events.add(new MetricObservationRecorded(id, "pha-rea-2023", "pha-rea", METRIC, "2023-Q3", null, null,
                    null, "s", DAY, null, groups(AWARDS[p][1])));
        }
    }

    static List<GroupValue> groups(int[] awards) {
        List<GroupValue> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            BigDecimal num = BigDecimal.valueOf(awards[2 * g]);
            BigDecimal den = BigDecimal.valueOf(awards[2 * g + 1]);
            groups.add(new GroupValue("LANGUAGE", GROUPS[g], num.multiply(BigDecimal.valueOf(100))
                    .divide(den, 2, RoundingMode.HALF_UP), num, den, (long) awards[2 * g + 1]));
        }
        return groups;
    }

    RegionalProgress served() {
        return RegionalPublication.publish(RegionalProgressFold.replay(events.events()), LocalDate.of(2024, 1, 31));
    }

    @Test
    void eachGroupIsRolledUpByTheMetricsRuleWithItsGapToTheReferenceGroup() {
        report(4);
        RegionalProgress.DimensionFigures language = served().disparities.get(METRIC).dimensions().get("LANGUAGE");
        assertThat(language.referenceGroup()).isEqualTo("ENGLISH");
        var q3 = language.periods().get("2023-Q3");
        assertThat(q3.get("ENGLISH")).isEqualTo(new RegionalProgress.GroupFigure(4, 0, 159L,
                new BigDecimal("62.26"), null, false)); // 99 of 159
        assertThat(q3.get("SPANISH").value()).isEqualByComparingTo("40.95"); // 43 of 105
        assertThat(q3.get("SPANISH").gap()).isEqualByComparingTo("-21.31");
        assertThat(language.periods().get("2023-Q2").get("SPANISH").gap()).isEqualByComparingTo("-26.93");
    }

    @Test
    void aCellBelowTheMinimumCountIsNeitherShownNorRolledUp() {
        report(4);
        RegionalProgress view = served();
        RegionalProgress.GroupFigure other = view.disparities.get(METRIC).dimensions().get("LANGUAGE").periods()
                .get("2023-Q3").get("OTHER");
        // LHJ-A, B and D only (12 of 37); LHJ-C's 3 of 7 is counted as suppressed, nothing more
        assertThat(other).isEqualTo(new RegionalProgress.GroupFigure(3, 1, 37L, new BigDecimal("32.43"),
                new BigDecimal("-29.83"), false));
        assertThat(RegionalPublicationTest.JSON.writeValueAsString(view)).doesNotContain(SMALL_CELL_VALUE);
    }

    @Test
    void theExportHoldsNoSuppressedCellsValue() {
        report(4);
        StringBuilder csv = new StringBuilder();
        DisparityCsv.append(csv, served());
        assertThat(csv.toString()).contains("\"disparityValue:M-AWARD-RATE-LANG:LANGUAGE:OTHER\",\"2023-Q3\",\"32.43\"")
                .contains("\"disparityGap:M-AWARD-RATE-LANG:LANGUAGE:SPANISH\",\"2023-Q3\",\"-21.31\"")
                .contains("\"disparityGapsImproved\",\"percentImproved\",\"57\"")
                .doesNotContain(SMALL_CELL_VALUE);
    }

    /**
     * Of 8 indicators (4 LHJs x SPANISH, OTHER), LHJ-C's OTHER cannot be judged (its latest cell is suppressed); of
     * the 7 assessed, 4 gaps narrowed since baseline: LHJ-A's two, LHJ-B's and LHJ-C's SPANISH.
     */
    @Test
    void theShareOfIndicatorsWhoseGapNarrowedSinceBaseline() {
        report(4);
        RegionalProgress view = served();
        assertThat(view.disparityGapsImproved).isEqualTo(new RegionalProgress.GapsImproved(8, 7, 4, 57, false));
        assertThat(view.disparities.get(METRIC).improved()).isEqualTo(view.disparityGapsImproved);
        assertThat(view.minCellCount).isEqualTo(11);
    }

    @Test
    void belowTheMinimumOfParticipantsNoGroupFigureAndNoShareIsShown() {
        report(2);
        RegionalProgress view = served();
        RegionalProgress.GroupFigure english = view.disparities.get(METRIC).dimensions().get("LANGUAGE").periods()
                .get("2023-Q3").get("ENGLISH");
        assertThat(english).isEqualTo(new RegionalProgress.GroupFigure(2, 0, null, null, null, true));
        assertThat(view.disparityGapsImproved.suppressed()).isTrue();
        assertThat(view.disparityGapsImproved.improved()).isNull();
        assertThat(view.disparityGapsImproved.percentImproved()).isNull();
    }

    @Test
    void aCohortWithoutADisaggregatedMetricHasNoDisparityFigures() {
        RegionalProgress view = RegionalPublication.publish(RegionalProgressFold.replay(
                new TestEvents("p", "c").cohort().events()), LocalDate.of(2024, 1, 31));
        assertThat(view.disparities).isEmpty();
        assertThat(view.disparityGapsImproved).isNull();
    }
}
