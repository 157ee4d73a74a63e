package org.equityaccelerator.events;

import java.time.LocalDate;

/** A reviewer other than the reporter approved the submitted value. */
public record MetricObservationApproved(String participantId, String cohortId, String programId, String metricId,
                                        String period, String reviewerRef, LocalDate occurredOn)
        implements MetricEvent {
}
