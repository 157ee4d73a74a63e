package org.equityaccelerator.command.participant;

import org.equityaccelerator.command.rules.RuleViolation;

/**
 * A reported metric value is submitted, then approved or returned by a named reviewer who is not its reporter
 * (Akvo's request): one person never both reports and signs off a figure.
 */
final class FourEyesReview {
    private FourEyesReview() {
    }

    /** {@code period} of {@code series} may be submitted for review. */
    static void requireSubmittable(MetricSeries series, String period) {
        String state = series.review.get(period);
        if ("SUBMITTED".equals(state) || "APPROVED".equals(state)) {
            throw new RuleViolation("period", period + " is already " + state);
        }
    }

    /** {@code actor} may approve or return {@code period} of {@code series}. */
    static void requireReviewer(MetricSeries series, String period, String actor) {
        if (!"SUBMITTED".equals(series.review.get(period))) {
            throw new RuleViolation("period", "only a submitted value is reviewed; " + period + " is "
                    + series.review.getOrDefault(period, "not submitted"));
        }
        if (actor == null || actor.equals("anonymous") || actor.equals(series.reporter.get(period))) {
            throw new RuleViolation("actor", "the reviewer must be named and must not be who reported the value");
        }
    }
}
