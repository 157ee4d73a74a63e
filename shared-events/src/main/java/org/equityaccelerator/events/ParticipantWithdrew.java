package org.equityaccelerator.events;

import java.time.LocalDate;

/** The organisation left the cohort; its history stays, and nothing new is recorded for it. */
public record ParticipantWithdrew(String participantId, String cohortId, String programId, String orgId,
                                  String reason, LocalDate occurredOn) implements ParticipantEvent {
}
