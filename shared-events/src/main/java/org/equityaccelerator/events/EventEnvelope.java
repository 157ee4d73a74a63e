package org.equityaccelerator.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as published: the CloudEvents 1.0 context attributes plus the payload. {@code time} is the recorded time
 * (when the system learned it), {@code occurredOn} the business time.
 *
 * @param sequence position of the event in its aggregate's stream, from 0
 */
public record EventEnvelope(String id, String source, String type, String subject, Instant time, long sequence,
                            LocalDate occurredOn, String actor, String correlationId, String causationId,
                            AcceleratorEvent data) {

    /** Builds the envelope with the attributes derived from the payload (source, type, subject). */
    public static EventEnvelope of(String id, Instant recordedAt, long sequence, String actor, String correlationId,
                                   String causationId, AcceleratorEvent data) {
        return new EventEnvelope(id, sourceOf(data), EventTypes.typeOf(data.getClass()), data.aggregateId(),
                recordedAt, sequence, data.occurredOn(), actor, correlationId, causationId, data);
    }

    static String sourceOf(AcceleratorEvent data) {
        String program = "/programs/" + data.programId();
        return data.cohortId() == null ? program : program + "/cohorts/" + data.cohortId();
    }
}
