package org.equityaccelerator.access.web;

/** Which grants count for a target. */
public enum Reach {
    /** A grant whose scope is the target or encloses it (a team role for its own participant, a program role). */
    COVERING,
    /** Also a grant inside the target: the team of a participant of a cohort is a member of that cohort. */
    COVERING_OR_WITHIN
}
