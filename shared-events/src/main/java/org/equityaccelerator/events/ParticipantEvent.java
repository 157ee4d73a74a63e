package org.equityaccelerator.events;

/** An event of a participant's stream (the organisation enrolled in a cohort). */
public interface ParticipantEvent extends AcceleratorEvent {
    String participantId();

    @Override
    default String aggregateId() {
        return participantId();
    }
}
