package org.equityaccelerator.events;

import java.time.LocalDate;

/** {@code memberRef} is a pseudonymous reference: no names or e-mail addresses travel in events. */
public record TeamMemberAdded(String participantId, String cohortId, String programId, String memberRef, String role,
                              String department, LocalDate occurredOn) implements ParticipantEvent {
}
