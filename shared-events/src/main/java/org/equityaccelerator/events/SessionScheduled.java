package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A session of a cohort. {@code datePrecision} is DAY or MONTH: a MONTH session ("2023-03") is stored as the first day
 * of that month and must be shown as a month. {@code phaseId} (added in v1.1) is optional.
 */
public record SessionScheduled(String cohortId, String programId, String sessionId, int seq, String title,
                               LocalDate scheduledFor, String datePrecision, LocalDate occurredOn, String phaseId)
        implements SessionEvent {
    /** The v1.0 shape, without a phase. */
    public SessionScheduled(String cohortId, String programId, String sessionId, int seq, String title,
                            LocalDate scheduledFor, String datePrecision, LocalDate occurredOn) {
        this(cohortId, programId, sessionId, seq, title, scheduledFor, datePrecision, occurredOn, null);
    }

    @Override public String aggregateId() { return cohortId; }
}
