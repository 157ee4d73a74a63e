package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.GrantRecord;
import org.equityaccelerator.command.axon.CommandMetadata;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@value #PROCESSING_GROUP} streaming processor: grant events go to the internal access topic (query-service
 * decides reads from it), keyed by program, and nowhere else; the partner publisher handles only the published
 * contract ({@code AcceleratorEvent}), which grant events are not. Grants are rare, so each send is awaited.
 */
@Component
@ProcessingGroup(AccessEventPublisher.PROCESSING_GROUP)
public class AccessEventPublisher {
    public static final String PROCESSING_GROUP = "access-publisher";
    private final Producer<String, String> producer;
    private final PublisherSettings settings;
    private final EventTopic topics;

    AccessEventPublisher(Producer<String, String> producer, PublisherSettings settings, EventTopic topics) {
        this.producer = producer;
        this.settings = settings;
        this.topics = topics;
    }

    @EventHandler
    void on(GrantEvent event, DomainEventMessage<?> message) throws InterruptedException {
        GrantRecord record = new GrantRecord(message.getIdentifier(), message.getSequenceNumber(),
                message.getTimestamp(), (String) message.getMetaData().get(CommandMetadata.ACTOR), event);
        topics.ensureExists();
        try {
            producer.send(new ProducerRecord<>(settings.accessTopic(), event.programId(), record.toJson()))
                    .get(settings.ackTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaEventPublisher.PublicationFailed("the broker did not acknowledge a grant event", e);
        }
    }
}
