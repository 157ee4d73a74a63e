package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The value of one period. v1.1 (additive): {@code lateEntryReason}, set when reported after the cohort closed. v1.2
 * (additive): {@code groups}, the period's value per group of the metric's disaggregation dimensions (absent = none).
 */
public record MetricObservationRecorded(String participantId, String cohortId, String programId, String metricId,
                                        String period, BigDecimal value, BigDecimal numerator,
                                        BigDecimal denominator, String source, LocalDate occurredOn,
                                        String lateEntryReason, List<GroupValue> groups) implements MetricEvent {
    public MetricObservationRecorded {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The v1.0 shape. */
    public MetricObservationRecorded(String participantId, String cohortId, String programId, String metricId,
                                     String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                     String source, LocalDate occurredOn) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, source, occurredOn,
                null);
    }

    /** The v1.1 shape. */
    public MetricObservationRecorded(String participantId, String cohortId, String programId, String metricId,
                                     String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                     String source, LocalDate occurredOn, String lateEntryReason) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, source, occurredOn,
                lateEntryReason, null);
    }
}
