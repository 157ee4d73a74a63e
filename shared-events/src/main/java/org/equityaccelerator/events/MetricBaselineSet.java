package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The starting point of a series; {@code numerator}/{@code denominator} for ratio metrics (then value = num/den in
 * the metric's unit). v1.1 (additive): {@code lateEntryReason}, set when reported after the cohort closed.
 */
public record MetricBaselineSet(String participantId, String cohortId, String programId, String metricId,
                                String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                String source, LocalDate occurredOn, String lateEntryReason) implements MetricEvent {
    /** The v1.0 shape. */
    public MetricBaselineSet(String participantId, String cohortId, String programId, String metricId,
                             String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                             String source, LocalDate occurredOn) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, source, occurredOn,
                null);
    }
}
