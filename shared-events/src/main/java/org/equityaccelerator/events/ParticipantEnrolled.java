package org.equityaccelerator.events;

import java.time.LocalDate;

/** Starts a participant's stream: an organisation (LHJ, health care system, hospital...) joins a cohort. */
public record ParticipantEnrolled(String participantId, String cohortId, String programId, String orgId,
                                  String orgName, String orgType, LocalDate occurredOn) implements ParticipantEvent {
}
