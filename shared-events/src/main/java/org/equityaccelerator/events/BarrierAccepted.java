package org.equityaccelerator.events;

import java.time.LocalDate;

/** Accepted as outside the organisation's control (e.g. state law), with the reason. */
public record BarrierAccepted(String participantId, String cohortId, String programId, String barrierId,
                              String reason, LocalDate occurredOn) implements BarrierEvent {
}
