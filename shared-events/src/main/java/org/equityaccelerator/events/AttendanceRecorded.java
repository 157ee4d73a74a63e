package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/** Who of a participant's team attended a held session (once per participant and session). */
public record AttendanceRecorded(String cohortId, String programId, String sessionId, String participantId,
                                 int attendeeCount, List<String> attendeeRoles, LocalDate occurredOn)
        implements SessionEvent {
    public AttendanceRecorded {
        attendeeRoles = List.copyOf(attendeeRoles);
    }

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
