package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A session of a cohort. {@code datePrecision} is DAY or MONTH: a MONTH session ("2023-03") is stored as the first day
 * of that month and must be shown as a month.
 */
public record SessionScheduled(String cohortId, String programId, String sessionId, int seq, String title,
                               LocalDate scheduledFor, String datePrecision, LocalDate occurredOn)
        implements SessionEvent {
    @Override public String aggregateId() { return cohortId; }
}
