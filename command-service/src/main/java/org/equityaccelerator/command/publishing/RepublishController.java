package org.equityaccelerator.command.publishing;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Disaster recovery: the event store is the record and the topic is derived from it. After the topic was lost (and
 * recreated), this sends every stored event again, from the first: the publisher's tokens go back to the start of the
 * store. Partners and query-service drop what they already have by aggregate sequence.
 */
@RestController
class RepublishController {
    private final EventProcessingConfiguration processing;
    private final PublisherLag lag;

    RepublishController(EventProcessingConfiguration processing, PublisherLag lag) {
        this.processing = processing;
        this.lag = lag;
    }

    @PostMapping("/publishing/republish")
    @Operation(summary = "Republish every stored event from the first (after the topic was lost); operators only")
    ResponseEntity<Map<String, Object>> republish() {
        StreamingEventProcessor publisher = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no " + KafkaEventPublisher.PROCESSING_GROUP));
        // a reset needs every segment released, by this instance and any other: stop here, reset, start again
        publisher.shutDown();
        publisher.resetTokens();
        publisher.start();
        return ResponseEntity.accepted().body(Map.of("republishing", true,
                "publisherLagEvents", lag.events().orElse(-1)));
    }
}
