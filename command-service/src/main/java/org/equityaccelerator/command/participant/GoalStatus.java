package org.equityaccelerator.command.participant;

/** Where a goal stands; the aggregate allows each transition only from the states named in its handler. */
enum GoalStatus {
    DRAFTED, COMMITTED, IN_PROGRESS, DEFERRED, ACHIEVED, ABANDONED;

    /** Committed and not closed: may take check-ins, revisions, deferral and achievement. */
    boolean active() {
        return this == COMMITTED || this == IN_PROGRESS || this == DEFERRED;
    }
}
