package org.equityaccelerator.events;

import java.time.LocalDate;

/** A scheduled session will not take place. */
public record SessionCancelled(String cohortId, String programId, String sessionId, String reason,
                               LocalDate occurredOn) implements SessionEvent {
    @Override
    public String aggregateId() {
        return cohortId;
    }
}
