package org.equityaccelerator.events;

import java.time.LocalDate;

/** A scheduled session moves; the old date is kept. */
public record SessionRescheduled(String cohortId, String programId, String sessionId, LocalDate oldDate,
                                 LocalDate newDate, String reason, LocalDate occurredOn) implements SessionEvent {
    @Override
    public String aggregateId() {
        return cohortId;
    }
}
