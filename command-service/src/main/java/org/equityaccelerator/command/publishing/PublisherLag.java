package org.equityaccelerator.command.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * How many stored events the {@value KafkaEventPublisher#PROCESSING_GROUP} processor has not yet had acknowledged by
 * the broker: the head of the event store minus the lowest position of the processor's segments. Grows while the
 * broker is away; the gauge {@code accelerator.publisher.lag} is what an alert watches.
 */
@Component
class PublisherLag {
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    PublisherLag(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
        this.processing = processing;
        this.eventStore = eventStore;
        Gauge.builder("accelerator.publisher.lag", this, lag -> lag.events().orElse(-1))
                .description("stored events not yet acknowledged by the broker (-1: not known yet)")
                .baseUnit("events").register(meters);
    }

    /** Empty while the processor holds no segment on this instance (another instance publishes, or it is starting). */
    OptionalLong events() {
        var processor = processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return OptionalLong.empty();
        }
        // global indexes start at 1: a segment with no position yet has published nothing
        long published = processor.get().processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0)).min().orElse(0);
        TrackingToken head = eventStore.createHeadToken();
        long stored = head == null ? 0 : head.position().orElse(0);
        return OptionalLong.of(Math.max(0, stored - published));
    }
}
