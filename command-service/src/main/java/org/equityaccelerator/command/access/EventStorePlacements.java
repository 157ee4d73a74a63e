package org.equityaccelerator.command.access;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.Placement;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.events.AcceleratorEvent;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places a target by the first event of its stream, which names its program and cohort (every event does). The first
 * event never changes, so placements are cached (bounded: beyond the bound it is simply read again).
 */
@Component
class EventStorePlacements implements Placements {
    private static final int CACHED = 100_000;
    private static final String ACCESS_STREAM = GrantEvent.streamIdOf("");
    private final EventStore events;
    private final Map<String, Placement> cache = new ConcurrentHashMap<>();

    EventStorePlacements(EventStore events) {
        this.events = events;
    }

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
        if (aggregateId.startsWith(ACCESS_STREAM)) {
            return Optional.of(Placement.program(aggregateId.substring(ACCESS_STREAM.length())));
        }
        Placement cached = cache.get(aggregateId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Placement> placed = firstEvent(aggregateId).map(Placement::ofFirstEvent);
        if (placed.isPresent() && cache.size() < CACHED) {
            cache.put(aggregateId, placed.get());
        }
        return placed;
    }

    private Optional<AcceleratorEvent> firstEvent(String aggregateId) {
        // from sequence 0: a snapshot would come first otherwise
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        return stream.hasNext() && stream.peek().getPayload() instanceof AcceleratorEvent first
                ? Optional.of(first) : Optional.empty();
    }
}
