package org.equityaccelerator.events;

/** An event in the lifecycle of one process change of a participant. */
public interface ProcessChangeEvent extends ParticipantEvent {
    String processChangeId();
}
