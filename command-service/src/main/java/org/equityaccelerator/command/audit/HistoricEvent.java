package org.equityaccelerator.command.audit;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored event as auditors see it: exactly what was appended (payload as stored, with its revision), where it sits
 * in the log, when it happened and when it was recorded, who sent it and why (correlation, causation), and its link in
 * the hash chain.
 */
public record HistoricEvent(long globalPosition, String aggregateId, String aggregateType, long sequence, String eventId,
                            String eventType, String payloadType, String payloadRevision, LocalDate occurredOn,
                            Instant recordedAt, String actor, String correlationId, String causationId,
                            JsonNode payload, String hash) {
}
