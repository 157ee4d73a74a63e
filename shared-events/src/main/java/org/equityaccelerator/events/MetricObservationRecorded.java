package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The value of one period. v1.1 (additive): {@code lateEntryReason}, set when reported after the cohort closed. */
public record MetricObservationRecorded(String participantId, String cohortId, String programId, String metricId,
                                        String period, BigDecimal value, BigDecimal numerator,
                                        BigDecimal denominator, String source, LocalDate occurredOn,
                                        String lateEntryReason) implements MetricEvent {
    /** The v1.0 shape. */
    public MetricObservationRecorded(String participantId, String cohortId, String programId, String metricId,
                                     String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                     String source, LocalDate occurredOn) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, source, occurredOn,
                null);
    }
}
