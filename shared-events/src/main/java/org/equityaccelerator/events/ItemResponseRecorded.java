package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * An answer to one item while the assessment is in progress (a later answer to the same item replaces it in views;
 * both stay in history). {@code levelRank} is the level's position on the scale (0 = lowest); both level fields are
 * null when the answer is "not applicable".
 */
public record ItemResponseRecorded(String participantId, String cohortId, String programId, String assessmentId,
                                   String itemKey, String domainKey, String levelCode, Integer levelRank,
                                   boolean notApplicable, String note, String evidenceRef, LocalDate occurredOn)
        implements ParticipantEvent {
}
