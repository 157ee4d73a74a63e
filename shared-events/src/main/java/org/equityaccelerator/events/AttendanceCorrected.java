package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/** Replaces a participant's attendance of a session; the recorded one stays in history. */
public record AttendanceCorrected(String cohortId, String programId, String sessionId, String participantId,
                                  int attendeeCount, List<String> attendeeRoles, String reason,
                                  LocalDate occurredOn) implements SessionEvent {
    public AttendanceCorrected {
        attendeeRoles = List.copyOf(attendeeRoles);
    }

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
