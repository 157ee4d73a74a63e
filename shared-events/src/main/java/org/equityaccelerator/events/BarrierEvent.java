package org.equityaccelerator.events;

/** An event of one barrier a participant identified. */
public interface BarrierEvent extends ParticipantEvent {
    String barrierId();
}
