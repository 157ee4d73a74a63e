package org.equityaccelerator.events;

import java.time.LocalDate;

/** A changed answer in a reopened assessment; the old answer travels with the new one. Null levels mean N/A. */
public record ItemResponseAmended(String participantId, String cohortId, String programId, String assessmentId,
                                  String itemKey, String domainKey, String oldLevelCode, Integer oldLevelRank,
                                  String newLevelCode, Integer newLevelRank, String reason, LocalDate occurredOn)
        implements ParticipantEvent {
}
