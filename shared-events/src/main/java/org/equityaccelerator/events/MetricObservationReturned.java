package org.equityaccelerator.events;

import java.time.LocalDate;

/** A reviewer other than the reporter returned the value for revision. */
public record MetricObservationReturned(String participantId, String cohortId, String programId, String metricId,
                                        String period, String reviewerRef, String comment, LocalDate occurredOn)
        implements MetricEvent {
}
