package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * Something in how the organisation works that keeps communities out, e.g. "reimbursement-only terms exclude small
 * CBOs without cash reserves". {@code source} STAFF or COMMUNITY_INPUT; {@code sessionId} optional.
 */
public record BarrierIdentified(String participantId, String cohortId, String programId, String barrierId,
                                String lifecycleStage, String description, String source, String sessionId,
                                LocalDate occurredOn) implements BarrierEvent {
}
