package org.equityaccelerator.command.publishing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.equityaccelerator.command.axon.CommandMetadata;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The {@value #PROCESSING_GROUP} streaming processor: every stored event goes to the topic as a CloudEvent, keyed by
 * aggregate id (per-aggregate order). Sends of one batch run in parallel, but the batch's unit of work only commits
 * (and so the processor's token only advances) once the broker acknowledged every one of them; a failure rolls the
 * batch back and the processor retries it. At-least-once: consumers drop repeats by aggregate sequence.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final Producer<String, String> producer;
    private final PublisherSettings settings;
    private final EventTopic topic;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final Counter published;

    KafkaEventPublisher(Producer<String, String> producer, PublisherSettings settings, EventTopic topic,
                        MeterRegistry meters) {
        this.producer = producer;
        this.settings = settings;
        this.topic = topic;
        this.published = Counter.builder("accelerator.events.published")
                .description("events acknowledged by the broker").register(meters);
    }

    @EventHandler
    void on(AcceleratorEvent event, EventMessage<?> message) {
        topic.ensureExists();
        EventEnvelope envelope = envelopeOf(event, message);
        ProducerRecord<String, String> record =
                new ProducerRecord<>(settings.topic(), envelope.subject(), codec.encode(envelope));
        record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", envelope.type().getBytes(StandardCharsets.UTF_8));
        pendingSends().add(producer.send(record));
    }

    static EventEnvelope envelopeOf(AcceleratorEvent event, EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0L;
        return EventEnvelope.of(message.getIdentifier(), message.getTimestamp(), sequence,
                (String) message.getMetaData().get(CommandMetadata.ACTOR),
                (String) message.getMetaData().get(CommandMetadata.TRACE_ID),
                (String) message.getMetaData().get(CommandMetadata.CORRELATION_ID), event);
    }

    private List<Future<RecordMetadata>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(settings.ackTimeoutMillis(), TimeUnit.MILLISECONDS);
            }
            published.increment(sends.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailed("interrupted while waiting for the broker", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new PublicationFailed("the broker did not acknowledge the batch; it will be retried", e);
        }
    }

    /**
     * The broker did not take a batch; the processor retries it with back-off. No stack trace: while the broker is away
     * this repeats, and one line per retry says all there is to say (reachability: {@code /actuator/health/publishing}).
     */
    static class PublicationFailed extends RuntimeException {
        PublicationFailed(String message, Throwable cause) {
            super(message + " (" + rootOf(cause) + ")", null, false, false);
        }

        private static String rootOf(Throwable cause) {
            Throwable root = cause;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
    }
}
