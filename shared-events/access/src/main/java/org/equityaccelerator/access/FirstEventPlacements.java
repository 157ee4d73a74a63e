package org.equityaccelerator.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places a target by the first event of its stream, which names its program and cohort (every event does). Each
 * service reads that event from its own record; the first event never changes, so placements are cached (bounded:
 * beyond the bound a placement is simply read again).
 */
public abstract class FirstEventPlacements implements Placements {
    private static final int CACHED = 100_000;
    private final Map<String, Placement> cache = new ConcurrentHashMap<>();

    /** Where the stream with this aggregate id sits, from its first event; empty when there is no such stream. */
    protected abstract Optional<Placement> place(String aggregateId);

    @Override
    public Optional<Placement> participant(String participantId) {
        return aggregate(participantId).filter(p -> participantId.equals(p.participantId()));
    }

    @Override
    public Optional<Placement> cohort(String cohortId) {
        return aggregate(cohortId).filter(p -> cohortId.equals(p.cohortId()) && p.participantId() == null);
    }

    @Override
    public Optional<Placement> aggregate(String aggregateId) {
        if (aggregateId == null || aggregateId.isEmpty()) {
            return Optional.empty();
        }
        Placement cached = cache.get(aggregateId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Placement> placed = place(aggregateId);
        if (placed.isPresent() && cache.size() < CACHED) {
            cache.put(aggregateId, placed.get());
        }
        return placed;
    }
}
