package org.equityaccelerator.events;

import java.time.LocalDate;

/** The session took place on {@code occurredOn}. */
public record SessionHeld(String cohortId, String programId, String sessionId, String note, LocalDate occurredOn)
        implements SessionEvent {
    @Override
    public String aggregateId() {
        return cohortId;
    }
}
