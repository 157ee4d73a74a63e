package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A participant starts one administration of an adopted instrument version. The item counts travel with the event
 * so that a view can show "% answered" without knowing the instrument.
 */
public record AssessmentStarted(String participantId, String cohortId, String programId, String assessmentId,
                                String instrumentId, String instrumentVersion, String administration, int itemCount,
                                int requiredItemCount, LocalDate occurredOn) implements ParticipantEvent {
}
