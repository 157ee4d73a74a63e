package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * Every published event. The routing facts (program, cohort, aggregate) travel in the payload so that a partner or a
 * projection can place an event without looking anything up.
 */
public interface AcceleratorEvent {

    /** The id of the aggregate (stream) that emitted the event; the Kafka key and the CloudEvent subject. */
    String aggregateId();

    String programId();

    /** Null for program-level events. */
    String cohortId();

    /** Business time: when it happened in the real world, as reported. Recorded time is in the envelope. */
    LocalDate occurredOn();
}
