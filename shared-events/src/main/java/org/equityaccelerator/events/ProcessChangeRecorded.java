package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A change to how the organisation works, e.g. advance payments in contracting. {@code lifecycleStage} and
 * {@code changeType} come from the process-change taxonomy; {@code status} is where the change stands when recorded
 * (PROPOSED, ADOPTED, IMPLEMENTED, INSTITUTIONALIZED).
 */
public record ProcessChangeRecorded(String participantId, String cohortId, String programId, String processChangeId,
                                    String changeType, String lifecycleStage, String description, String status,
                                    boolean communityInformed, LocalDate occurredOn) implements ProcessChangeEvent {
}
