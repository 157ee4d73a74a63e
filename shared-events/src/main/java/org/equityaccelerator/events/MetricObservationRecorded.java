package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The value of one period. */
public record MetricObservationRecorded(String participantId, String cohortId, String programId, String metricId,
                                        String period, BigDecimal value, BigDecimal numerator,
                                        BigDecimal denominator, String source, LocalDate occurredOn) implements MetricEvent {
}
