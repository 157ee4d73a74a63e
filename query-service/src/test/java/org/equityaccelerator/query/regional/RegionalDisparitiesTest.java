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
            int[] q3 = AWARDS[p][1];
            BigDecimal awarded = BigDecimal.valueOf(q3[0] + q3[2] + q3[4]);
            BigDecimal applications = BigDecimal.valueOf(q3[1] + q3[3] + q3[5]);
            events.add(new MetricObservationRecorded(id, "pha-rea-2023", "pha-rea", METRIC, "2023-Q3",
                    awarded.multiply(BigDecimal.valueOf(100)).divide(applications, 2, RoundingMode.HALF_UP), awarded,
                    applications, "s", DAY, null, groups(q3)));
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
        // LHJ-C's 2023-Q3 is withheld whole (its OTHER cell is suppressed): counted as suppressed in every group
        assertThat(q3.get("ENGLISH")).isEqualTo(new RegionalProgress.GroupFigure(3, 1, 127L,
                new BigDecimal("62.20"), null, false)); // 79 of 127
        assertThat(q3.get("SPANISH").value()).isEqualByComparingTo("40.96"); // 34 of 83
        assertThat(q3.get("SPANISH").gap()).isEqualByComparingTo("-21.24");
        assertThat(language.periods().get("2023-Q2").get("SPANISH").gap()).isEqualByComparingTo("-26.93");
    }

    @Test
    void aCellBelowTheMinimumCountIsNeitherShownNorRolledUp() {
        report(4);
        RegionalProgress view = served();
        RegionalProgress.GroupFigure other = view.disparities.get(METRIC).dimensions().get("LANGUAGE").periods()
                .get("2023-Q3").get("OTHER");
        // LHJ-A, B and D only (12 of 37); LHJ-C's 3 of 7 is counted as suppressed, nothing more (the gap is to
        // ENGLISH over the same three)
        assertThat(other).isEqualTo(new RegionalProgress.GroupFigure(3, 1, 37L, new BigDecimal("32.43"),
                new BigDecimal("-29.77"), false));
        assertThat(RegionalPublicationTest.JSON.writeValueAsString(view)).doesNotContain(SMALL_CELL_VALUE);
    }

    /**
     * Not only is the small cell's value absent: nothing published leaves a residual it could be recovered from. The
     * overall 2023-Q3 figure is exactly the pooled ratio of the published groups (value x count), from the same
     * participants, so the overall and the group counts narrow LHJ-C's OTHER cell to nothing.
     */
    @Test
    void theExportHoldsNoSuppressedCellsValue() {
        report(4);
        RegionalProgress view = served();
        StringBuilder csv = new StringBuilder();
        DisparityCsv.append(csv, view);
        assertThat(csv.toString()).contains("\"disparityValue:M-AWARD-RATE-LANG:LANGUAGE:OTHER\",\"2023-Q3\",\"32.43\"")
                .contains("\"disparityGap:M-AWARD-RATE-LANG:LANGUAGE:SPANISH\",\"2023-Q3\",\"-21.24\"")
                .contains("\"disparityGapsImproved\",\"percentImproved\",\"57\"")
                .doesNotContain(SMALL_CELL_VALUE);
        var q3 = view.disparities.get(METRIC).dimensions().get("LANGUAGE").periods().get("2023-Q3");
        BigDecimal awarded = q3.values().stream().map(g -> g.value().multiply(BigDecimal.valueOf(g.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        long applications = q3.values().stream().mapToLong(RegionalProgress.GroupFigure::count).sum();
        RegionalProgress.PeriodFigure overall = view.metrics.get(METRIC).trend().get("2023-Q3");
        assertThat(overall.value()).as("overall = pooled published groups: no residual")
                .isEqualByComparingTo(BigDecimal.valueOf(100 * awarded.longValue())
                        .divide(BigDecimal.valueOf(applications), 2, RoundingMode.HALF_UP));
        assertThat(overall.reportingParticipants()).as("the same participants as the groups")
                .isEqualTo(q3.get("ENGLISH").reportingParticipants()).isEqualTo(3);
    }

    /** SUM of a COUNT metric: the overall regional total minus the published group totals is no suppressed cell. */
    @Test
    void aSuppressedCellCannotBeDerivedFromTheOverallTotal() {
        TestEvents counts = new TestEvents("pha-rea", "pha-rea-2023").cohort();
        counts.add(new MetricAdoptedForCohort("pha-rea-2023", "pha-rea", "M", "1.0", "CBO awards", "COUNT",
                "HIGHER_IS_BETTER", "QUARTER", "SUM", DAY, null, null, null, null, null,
                List.of(new Disaggregation("LANGUAGE", List.of("ENGLISH", "OTHER"), "ENGLISH"))));
        int[][] cells = {{40, 20}, {50, 30}, {30, 5}, {45, 25}}; // LHJ-C's OTHER = 5 < 11: suppressed
        for (int p = 0; p < 4; p++) {
            String id = counts.participant("LHJ-" + (char) ('A' + p), 0, "FINANCE");
            BigDecimal total = BigDecimal.valueOf(cells[p][0] + cells[p][1]);
            counts.add(new MetricObservationRecorded(id, "pha-rea-2023", "pha-rea", "M", "2023-Q3", total, null, null,
                    "s", DAY, null, List.of(cell("ENGLISH", cells[p][0]), cell("OTHER", cells[p][1]))));
        }
        RegionalProgress view = served(counts);
        BigDecimal overall = view.metrics.get("M").regionalValue();
        BigDecimal groups = view.disparities.get("M").dimensions().get("LANGUAGE").periods().get("2023-Q3").values()
                .stream().map(RegionalProgress.GroupFigure::value).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(overall).as("overall regional SUM").isNotNull();
        assertThat(overall.subtract(groups)).as("overall - published groups").isEqualByComparingTo("0");
    }

    /** M2 is reported by one participant (suppressed); the cohort-wide count of narrowed gaps leaves it out. */
    @Test
    void theCohortShareOfNarrowedGapsDoesNotRevealASuppressedMetric() {
        TestEvents two = new TestEvents("pha-rea", "pha-rea-2023").cohort();
        for (String m : List.of("M1", "M2")) {
            two.add(new MetricAdoptedForCohort("pha-rea-2023", "pha-rea", m, "1.0", m, "COUNT",
                    "HIGHER_IS_BETTER", "QUARTER", "SUM", DAY, null, null, null, null, null,
                    List.of(new Disaggregation("LANGUAGE", List.of("ENGLISH", "OTHER"), "ENGLISH"))));
        }
        for (int p = 0; p < 3; p++) {
            String id = two.participant("LHJ-" + (char) ('A' + p), 0, "FINANCE");
            List<String> metrics = p == 0 ? List.of("M1", "M2") : List.of("M1");
            for (String m : metrics) {
                two.add(new MetricBaselineSet(id, "pha-rea-2023", "pha-rea", m, "2023-Q2", BigDecimal.valueOf(70),
                        null, null, "s", DAY, null, List.of(cell("ENGLISH", 50), cell("OTHER", 20))));
                two.add(new MetricObservationRecorded(id, "pha-rea-2023", "pha-rea", m, "2023-Q3",
                        BigDecimal.valueOf(80), null, null, "s", DAY, null,
                        List.of(cell("ENGLISH", 40), cell("OTHER", p == 0 ? 40 : 12)))); // A's gap narrows in both
            }
        }
        RegionalProgress view = served(two);
        assertThat(view.disparities.get("M2").improved())
                .isEqualTo(new RegionalProgress.GapsImproved(null, null, null, null, true));
        int publishedPerMetric = view.disparities.values().stream().map(d -> d.improved().improved())
                .filter(i -> i != null).mapToInt(Integer::intValue).sum();
        assertThat(view.disparityGapsImproved.improved()).as("cohort improved - M1 improved = M2's one participant")
                .isEqualTo(publishedPerMetric);
        assertThat(view.disparityGapsImproved.indicators()).isEqualTo(view.disparities.get("M1").improved()
                .indicators());
    }

    static GroupValue cell(String group, int n) {
        return new GroupValue("LANGUAGE", group, BigDecimal.valueOf(n), null, null, (long) n);
    }

    static RegionalProgress served(TestEvents events) {
        return RegionalPublication.publish(RegionalProgressFold.replay(events.events()), LocalDate.of(2024, 1, 31));
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
