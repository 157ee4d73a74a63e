package org.equityaccelerator.access;

import java.util.Optional;

/**
 * Looks up where a target sits. Each service answers from its own record (command-service from the first event of a
 * stream, query-service from the events it applied); placements never change, so answers may be cached.
 */
public interface Placements {
    Optional<Placement> participant(String participantId);

    Optional<Placement> cohort(String cohortId);

    /** Any stream (a recommendation, an instrument version, a cohort, a participant) by its aggregate id. */
    Optional<Placement> aggregate(String aggregateId);
}
