package org.equityaccelerator.events;

import java.time.LocalDate;

public record ChangeTeamFormed(String participantId, String cohortId, String programId, LocalDate occurredOn)
        implements ParticipantEvent {
}
