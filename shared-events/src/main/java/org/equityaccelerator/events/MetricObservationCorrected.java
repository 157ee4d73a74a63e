package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A correction supersedes the period's current value (event {@code supersedesEventId}, value {@code
 * previousValue}); nothing is overwritten.
 */
public record MetricObservationCorrected(String participantId, String cohortId, String programId, String metricId,
                                         String period, BigDecimal value, BigDecimal numerator,
                                         BigDecimal denominator, String reason, String supersedesEventId,
                                         BigDecimal previousValue, LocalDate occurredOn) implements MetricEvent {
}
