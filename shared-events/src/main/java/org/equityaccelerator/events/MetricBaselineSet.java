package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The starting point of a series; {@code numerator}/{@code denominator} for ratio metrics (then value = num/den in
 * the metric's unit).
 */
public record MetricBaselineSet(String participantId, String cohortId, String programId, String metricId,
                                String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                String source, LocalDate occurredOn) implements MetricEvent {
}
