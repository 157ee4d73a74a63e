package org.equityaccelerator.events;

import java.time.LocalDate;

/** A completed assessment is opened for amendment; its frozen scores stay in history until it completes again. */
public record AssessmentReopened(String participantId, String cohortId, String programId, String assessmentId,
                                 String reason, LocalDate occurredOn) implements ParticipantEvent {
}
