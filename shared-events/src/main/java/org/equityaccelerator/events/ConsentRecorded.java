package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * What a participant allows in regional views: REGIONAL_NAMED (its name may appear) or AGGREGATE_ONLY (counted, never
 * named). Without any consent recorded a participant is treated as AGGREGATE_ONLY.
 */
public record ConsentRecorded(String participantId, String cohortId, String programId, String scope,
                              String grantedByRole, LocalDate occurredOn) implements ParticipantEvent {
}
