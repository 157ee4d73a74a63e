package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The starting point of a series; {@code numerator}/{@code denominator} for ratio metrics (then value = num/den in
 * the metric's unit). v1.1 (additive): {@code lateEntryReason}, set when reported after the cohort closed. v1.2
 * (additive): {@code groups}, the baseline per group of the metric's disaggregation dimensions (absent = none); the
 * disparity gaps of the baseline period are what later gaps are compared with.
 */
public record MetricBaselineSet(String participantId, String cohortId, String programId, String metricId,
                                String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                String source, LocalDate occurredOn, String lateEntryReason, List<GroupValue> groups)
        implements MetricEvent {
    public MetricBaselineSet {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The v1.0 shape. */
    public MetricBaselineSet(String participantId, String cohortId, String programId, String metricId,
                             String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                             String source, LocalDate occurredOn) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, source, occurredOn,
                null);
    }

    /** The v1.1 shape. */
    public MetricBaselineSet(String participantId, String cohortId, String programId, String metricId,
                             String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                             String source, LocalDate occurredOn, String lateEntryReason) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, source, occurredOn,
                lateEntryReason, null);
    }
}
