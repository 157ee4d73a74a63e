package org.equityaccelerator.events;

import java.time.LocalDate;

/** A period's current value is submitted for review. */
public record MetricObservationSubmitted(String participantId, String cohortId, String programId, String metricId,
                                         String period, LocalDate occurredOn) implements MetricEvent {
}
