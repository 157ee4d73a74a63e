package org.equityaccelerator.events;

import java.time.LocalDate;

/** Addressed by an implemented process change of the same participant. */
public record BarrierAddressed(String participantId, String cohortId, String programId, String barrierId,
                               String processChangeId, LocalDate occurredOn) implements BarrierEvent {
}
