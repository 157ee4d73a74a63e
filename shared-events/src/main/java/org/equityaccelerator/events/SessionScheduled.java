package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A session of a cohort. {@code datePrecision} is DAY or MONTH: a MONTH session ("2023-03") is stored as the first day
 * of that month and must be shown as a month. {@code phaseId} (added in v1.1) is optional.
 * <p>
 * v1.2 (additive, both optional, absent = not said): {@code sessionType} KICK_OFF, WORKSHOP, COACHING, SHARING (teams
 * present their work to each other) or OTHER; {@code modality} VIRTUAL, IN_PERSON or HYBRID.
 */
public record SessionScheduled(String cohortId, String programId, String sessionId, int seq, String title,
                               LocalDate scheduledFor, String datePrecision, LocalDate occurredOn, String phaseId,
                               String sessionType, String modality)
        implements SessionEvent {
    /** The v1.0 shape, without a phase. */
    public SessionScheduled(String cohortId, String programId, String sessionId, int seq, String title,
                            LocalDate scheduledFor, String datePrecision, LocalDate occurredOn) {
        this(cohortId, programId, sessionId, seq, title, scheduledFor, datePrecision, occurredOn, null);
    }

    /** The v1.1 shape, without type and modality. */
    public SessionScheduled(String cohortId, String programId, String sessionId, int seq, String title,
                            LocalDate scheduledFor, String datePrecision, LocalDate occurredOn, String phaseId) {
        this(cohortId, programId, sessionId, seq, title, scheduledFor, datePrecision, occurredOn, phaseId, null, null);
    }

    @Override public String aggregateId() { return cohortId; }
}
