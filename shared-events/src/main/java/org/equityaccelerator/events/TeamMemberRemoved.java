package org.equityaccelerator.events;

import java.time.LocalDate;

public record TeamMemberRemoved(String participantId, String cohortId, String programId, String memberRef,
                                String reason, LocalDate occurredOn) implements ParticipantEvent {
}
