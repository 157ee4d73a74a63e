package org.equityaccelerator.query.regional;

import org.equityaccelerator.query.web.Csv;

/**
 * The disaggregated figures of the regional CSV export, from the published view only: a suppressed cell never
 * reaches the view, so it cannot reach the export either (its line has an empty value and {@code suppressed}); nor
 * can anything it could be subtracted from, since its participant's period is withheld from every figure of the view
 * ({@link DisparityRollup}).
 */
final class DisparityCsv {
    private DisparityCsv() {
    }

    /** Lines (figure, key, value): per metric, dimension, group and period its value and gap; the improved share. */
    static void append(StringBuilder csv, RegionalProgress v) {
        v.disparities.forEach((metric, m) -> m.dimensions().forEach((dimension, d) -> d.periods().forEach(
                (period, groups) -> groups.forEach((group, g) -> {
                    String figure = metric + ":" + dimension + ":" + group;
                    csv.append(Csv.line("disparityValue:" + figure, period, g.suppressed() ? "suppressed" : g.value()))
                            .append(Csv.line("disparityGap:" + figure, period, g.gap()));
                }))));
        RegionalProgress.GapsImproved improved = v.disparityGapsImproved;
        if (improved != null) {
            csv.append(Csv.line("disparityGapsImproved", "indicators", improved.indicators()))
                    .append(Csv.line("disparityGapsImproved", "assessed", improved.assessed()))
                    .append(Csv.line("disparityGapsImproved", "improved", improved.improved()))
                    .append(Csv.line("disparityGapsImproved", "percentImproved", improved.percentImproved()));
        }
    }
}
