package org.equityaccelerator.command.access;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.equityaccelerator.access.FirstEventPlacements;
import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.Placement;
import org.equityaccelerator.events.AcceleratorEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Places a target by the first event of its stream in the event store; a program's access stream by its id. */
@Component
class EventStorePlacements extends FirstEventPlacements {
    private static final String ACCESS_STREAM = GrantEvent.streamIdOf("");
    private final EventStore events;

    EventStorePlacements(EventStore events) {
        this.events = events;
    }

    @Override
    protected Optional<Placement> place(String aggregateId) {
        if (aggregateId.startsWith(ACCESS_STREAM)) {
            return Optional.of(Placement.program(aggregateId.substring(ACCESS_STREAM.length())));
        }
        // from sequence 0: a snapshot would come first otherwise
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        return stream.hasNext() && stream.peek().getPayload() instanceof AcceleratorEvent first
                ? Optional.of(Placement.ofFirstEvent(first)) : Optional.empty();
    }
}
