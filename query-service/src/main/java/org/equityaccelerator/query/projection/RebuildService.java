package org.equityaccelerator.query.projection;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds every projection from the full log (the topic, from its first offset to the end offsets seen at the start)
 * into shadow tables while the live tables keep serving, with the very folds the live projection runs. Then compares
 * a deterministic checksum per view with the live one, and swaps the shadow tables in only when asked.
 */
@Component
public class RebuildService {
    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    public enum State { IDLE, RUNNING, COMPLETED, FAILED, SWAPPED }

    private final ConsumerSettings settings;
    private final ProjectionStore live;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProjectionConsumer consumer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final AtomicLong done = new AtomicLong();
    private volatile State state = State.IDLE;
    private volatile long total;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile Map<TopicPartition, Long> rebuiltTo = Map.of();
    private volatile String error;
    private volatile long readMillis;
    private volatile String[] rebuiltChecksums;

    RebuildService(ConsumerSettings settings, ProjectionStore live, JdbcTemplate jdbc, TransactionTemplate transaction,
                   ProjectionConsumer consumer) {
        this.consumer = consumer;
        this.settings = settings;
        this.live = live;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Starts a rebuild in the background; false if one is already running. */
    public synchronized boolean start() {
        if (state == State.RUNNING) {
            return false;
        }
        state = State.RUNNING;
        done.set(0);
        total = 0;
        readMillis = 0;
        startedAt = Instant.now();
        finishedAt = null;
        error = null;
        Thread worker = new Thread(this::rebuild, "projection-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void rebuild() {
        try {
            ProjectionBatch views = ProjectionBatch.empty();
            Map<TopicPartition, Long> end = readLog(views);
            readMillis = Duration.between(startedAt, Instant.now()).toMillis();
            transaction.executeWithoutResult(status -> {
                recreateShadowTables();
                ProjectionStore shadow = live.shadow();
                shadow.copyAll(views.participants, views.regionals, views.movedPositions());
                shadow.saveOffsets(end);
            });
            rebuiltTo = end;
            // the shadow tables do not change until a swap: checksum them once, not on every status request
            ProjectionStore shadow = live.shadow();
            rebuiltChecksums = new String[]{shadow.checksum("participant_progress", "participant_id", "view"),
                    shadow.checksum("regional_progress", "cohort_id", "view"),
                    shadow.checksum("aggregate_position", "aggregate_id", "last_sequence")};
            finishedAt = Instant.now();
            state = State.COMPLETED;
            log.info("rebuild done: {} events in {} ms", done.get(), Duration.between(startedAt, finishedAt).toMillis());
        } catch (RuntimeException e) {
            log.error("rebuild failed", e);
            error = e.toString();
            finishedAt = Instant.now();
            state = State.FAILED;
        }
    }

    /** Folds the topic from its first offsets up to the end offsets of this moment; returns those end offsets. */
    private Map<TopicPartition, Long> readLog(ProjectionBatch views) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings.clientConfig(Map.of(
                // a topic is created deliberately (partitions, retention), never as a side effect of reading it
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())))) {
            List<TopicPartition> partitions = consumer.partitionsFor(settings.topic(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    // records that arrived after the rebuild started belong to the live projection
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
                // decoding is pure and dominates: spread it over the cores; folding stays in log order
                records.parallelStream().map(r -> decode(r.value())).toList()
                        .forEach(event -> event.ifPresent(views::apply));
                done.addAndGet(records.size());
            }
            return end;
        }
    }

    private Optional<EventEnvelope> decode(String value) {
        try {
            return value == null ? Optional.empty() : codec.decode(value);
        } catch (CloudEventCodec.MalformedEventException e) {
            return Optional.empty(); // the live projection keeps these in skipped_record
        }
    }

    private void recreateShadowTables() {
        for (String table : ProjectionStore.VIEW_TABLES) {
            jdbc.execute("drop table if exists " + table + "_shadow");
            jdbc.execute("create table " + table + "_shadow (like " + table + " including all)");
        }
    }

    /**
     * Replaces the live tables with the rebuilt ones in one transaction, then has the live consumer resume from the
     * rebuilt offsets, so nothing published after the rebuild started is lost. (Should a batch slip in between, it
     * finds the stored offsets behind its position and is refused: see Projector.)
     */
    public synchronized void swap() {
        if (state != State.COMPLETED) {
            throw new IllegalStateException("nothing to swap: the rebuild is " + state);
        }
        transaction.executeWithoutResult(status -> {
            jdbc.execute("lock table " + String.join(", ", ProjectionStore.VIEW_TABLES) + " in access exclusive mode");
            for (String table : ProjectionStore.VIEW_TABLES) {
                jdbc.execute("alter table " + table + " rename to " + table + "_replaced");
                jdbc.execute("alter table " + table + "_shadow rename to " + table);
                jdbc.execute("drop table " + table + "_replaced");
            }
        });
        consumer.rewindToStoredOffsets();
        state = State.SWAPPED;
    }

    public Status status() {
        Instant until = finishedAt == null ? Instant.now() : finishedAt;
        long millis = startedAt == null ? 0 : Math.max(1, Duration.between(startedAt, until).toMillis());
        Checksums checksums = state == State.COMPLETED ? checksums() : null;
        Map<String, Long> rebuilt = new java.util.TreeMap<>();
        rebuiltTo.forEach((p, o) -> rebuilt.put(p.toString(), o));
        Map<String, Long> liveOffsets = new java.util.TreeMap<>();
        live.offsets(settings.topic()).forEach((p, o) -> liveOffsets.put(p.toString(), o));
        return new Status(state, done.get(), total, millis == 0 ? 0 : done.get() * 1000 / millis, startedAt,
                finishedAt, millis, readMillis, rebuilt, liveOffsets, rebuilt.equals(liveOffsets), checksums, error);
    }

    /** Live checksums are taken now (the live tables move on); the rebuilt ones were taken at completion. */
    private Checksums checksums() {
        String[] rebuilt = rebuiltChecksums;
        return new Checksums(
                live.checksum("participant_progress", "participant_id", "view"), rebuilt[0],
                live.checksum("regional_progress", "cohort_id", "view"), rebuilt[1],
                live.checksum("aggregate_position", "aggregate_id", "last_sequence"), rebuilt[2]);
    }

    /**
     * @param readMillis         time spent reading and folding the log (the rest of elapsed is writing the tables)
     * @param liveAtSamePosition the live views stand at the offsets the rebuild read to; only then must the
     *                           checksums be equal
     */
    public record Status(State state, long eventsDone, long eventsTotal, long eventsPerSecond, Instant startedAt,
                         Instant finishedAt, long elapsedMillis, long readMillis, Map<String, Long> rebuiltToOffsets,
                         Map<String, Long> liveOffsets, boolean liveAtSamePosition, Checksums checksums,
                         String error) {
    }

    public record Checksums(String participantLive, String participantRebuilt, String regionalLive,
                            String regionalRebuilt, String positionsLive, String positionsRebuilt) {
        public boolean allEqual() {
            return participantLive.equals(participantRebuilt) && regionalLive.equals(regionalRebuilt)
                    && positionsLive.equals(positionsRebuilt);
        }
    }
}
