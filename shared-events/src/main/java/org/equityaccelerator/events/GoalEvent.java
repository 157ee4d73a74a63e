package org.equityaccelerator.events;

/** An event in the lifecycle of one goal of a participant. */
public interface GoalEvent extends ParticipantEvent {
    String goalId();
}
