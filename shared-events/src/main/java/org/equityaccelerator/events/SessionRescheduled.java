package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A scheduled session moves; the old date is kept. v1.1 (additive): {@code modality}, set when the move also changes
 * how the session is held (e.g. an in-person session moved online); absent = unchanged.
 */
public record SessionRescheduled(String cohortId, String programId, String sessionId, LocalDate oldDate,
                                 LocalDate newDate, String reason, LocalDate occurredOn, String modality)
        implements SessionEvent {
    /** The v1.0 shape: the date moves, the modality stays. */
    public SessionRescheduled(String cohortId, String programId, String sessionId, LocalDate oldDate,
                              LocalDate newDate, String reason, LocalDate occurredOn) {
        this(cohortId, programId, sessionId, oldDate, newDate, reason, occurredOn, null);
    }

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
