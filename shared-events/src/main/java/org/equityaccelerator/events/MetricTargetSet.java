package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target for the series; a later one replaces it in views, the old one stays in history. */
public record MetricTargetSet(String participantId, String cohortId, String programId, String metricId,
                              String byPeriod, BigDecimal value, LocalDate occurredOn) implements MetricEvent {
}
