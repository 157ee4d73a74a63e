package org.equityaccelerator.command.cohort;

/**
 * What a session is for (domain research: SNI's kick-offs, virtual sessions, optional coaching and a final sharing).
 * SHARING: teams present their work to each other.
 */
public enum SessionType {
    KICK_OFF, WORKSHOP, COACHING, SHARING, OTHER
}
