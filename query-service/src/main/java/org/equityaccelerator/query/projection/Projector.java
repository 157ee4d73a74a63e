package org.equityaccelerator.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies one polled batch in ONE transaction: view updates, per-aggregate last applied sequence and the next offset
 * per partition commit together or not at all. An event whose sequence is not above the aggregate's last applied one
 * (a redelivery after a crash or a publisher retry) changes nothing.
 */
@Component
public class Projector {
    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final ProjectionStore store;
    private final TransactionTemplate transaction;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final Counter applied;
    private final Counter duplicates;
    private final Counter skipped;
    private final Timer freshness;
    private final Clock clock;

    Projector(ProjectionStore store, TransactionTemplate transaction, MeterRegistry meters) {
        this.store = store;
        this.transaction = transaction;
        this.clock = Clock.systemUTC();
        this.applied = Counter.builder("accelerator.projection.events").tag("result", "applied").register(meters);
        this.duplicates = Counter.builder("accelerator.projection.events").tag("result", "duplicate").register(meters);
        this.skipped = Counter.builder("accelerator.projection.events").tag("result", "skipped").register(meters);
        // recorded time of the event -> visible in the views: the freshness the dashboards see
        this.freshness = Timer.builder("accelerator.projection.freshness")
                .description("from the event's recorded time to its commit in the views").register(meters);
    }

    public void apply(List<ConsumerRecord<String, String>> records) {
        Batch batch = transaction.execute(status -> applyInTransaction(records));
        applied.increment(batch.applied);
        duplicates.increment(batch.duplicates);
        skipped.increment(batch.skipped);
        long now = clock.millis();
        batch.recordedTimes.forEach(t -> freshness.record(Duration.ofMillis(Math.max(0, now - t))));
    }

    private Batch applyInTransaction(List<ConsumerRecord<String, String>> records) {
        Batch batch = new Batch();
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        refuseSkippedRecords(records);
        Map<String, Long> stored = store.positions(records.stream().map(ConsumerRecord::key)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        ProjectionBatch views = new ProjectionBatch(id -> store.participant(id).orElse(null),
                id -> store.regional(id).orElse(null), id -> stored.getOrDefault(id, -1L));
        List<AppliedEvent> applied = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            Optional<EventEnvelope> decoded = decode(record, batch);
            if (decoded.isEmpty()) {
                continue;
            }
            EventEnvelope event = decoded.get();
            if (!views.apply(event)) {
                batch.duplicates++;
                continue;
            }
            applied.add(new AppliedEvent(event, record.value()));
            batch.applied++;
            batch.recordedTimes.add(event.time().toEpochMilli());
        }
        store.saveParticipants(views.participants);
        store.saveRegionals(views.regionals);
        store.savePositions(views.movedPositions());
        store.saveApplied(applied);
        store.saveOffsets(nextOffsets);
        return batch;
    }

    /**
     * The batch must start where the stored offsets say the views stand. If the consumer's position ran ahead (a
     * rebuild was swapped in, say), applying would skip events: refuse, so the consumer rewinds.
     */
    private void refuseSkippedRecords(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
        }
        String topic = records.get(0).topic();
        Map<TopicPartition, Long> stored = store.lockOffsets(topic);
        first.forEach((partition, offset) -> {
            Long expected = stored.get(partition);
            if (expected != null && offset > expected) {
                throw new ConsumerAhead(partition, expected, offset);
            }
        });
    }

    /** The consumer is past what the views have applied: it must resume from the stored offsets. */
    static final class ConsumerAhead extends RuntimeException {
        ConsumerAhead(TopicPartition partition, long stored, long first) {
            super("consumer at offset " + first + " of " + partition + " but the views stand at " + stored);
        }
    }

    /** Unknown event types (a newer producer) and unreadable records are kept aside, not applied and not lost. */
    private Optional<EventEnvelope> decode(ConsumerRecord<String, String> record, Batch batch) {
        try {
            Optional<EventEnvelope> event = record.value() == null ? Optional.empty() : codec.decode(record.value());
            if (event.isEmpty()) {
                store.saveSkipped(record.topic(), record.partition(), record.offset(), "unknown event type",
                        record.value());
                batch.skipped++;
            }
            return event;
        } catch (CloudEventCodec.MalformedEventException e) {
            store.saveSkipped(record.topic(), record.partition(), record.offset(), e.getMessage(), record.value());
            batch.skipped++;
            return Optional.empty();
        }
    }

    private static final class Batch {
        int applied;
        int duplicates;
        int skipped;
        final List<Long> recordedTimes = new java.util.ArrayList<>();
    }
}
