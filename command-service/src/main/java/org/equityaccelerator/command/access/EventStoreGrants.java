package org.equityaccelerator.command.access;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.ProgramGrants;
import org.equityaccelerator.command.axon.CommandMetadata;
import org.springframework.stereotype.Component;

/**
 * A program's grants read from its access stream at every decision: a revocation counts from the moment it is
 * committed, on every instance, without a cache to invalidate (the stream is short and read by its key).
 */
@Component
class EventStoreGrants implements Grants {
    private final EventStore events;

    EventStoreGrants(EventStore events) {
        this.events = events;
    }

    @Override
    public ProgramGrants of(String programId) {
        ProgramGrants grants = new ProgramGrants();
        if (programId == null) {
            return grants;
        }
        DomainEventStream stream = events.readEvents(GrantEvent.streamIdOf(programId), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof GrantEvent event) {
                grants.apply(event, message.getTimestamp(), (String) message.getMetaData().get(CommandMetadata.ACTOR));
            }
        }
        return grants;
    }
}
