package org.equityaccelerator.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The plain Kafka consumer that feeds the projections. Where to resume comes from the projection database (written
 * with the views), not from Kafka's committed offsets: after a crash the views and the position can never disagree.
 * When a batch fails (database down, say) nothing of it is kept: the consumer is closed and a new one resumes from the
 * stored offsets, with back-off.
 */
@Component
@EnableConfigurationProperties(ConsumerSettings.class)
public class ProjectionConsumer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final ConsumerSettings settings;
    private final Projector projector;
    private final ProjectionStore store;
    private final MeterRegistry meters;
    private volatile boolean running;
    private volatile boolean rewindRequested;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ProjectionConsumer(ConsumerSettings settings, Projector projector, ProjectionStore store, MeterRegistry meters) {
        this.settings = settings;
        this.projector = projector;
        this.store = store;
        this.meters = meters;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "projection-consumer");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            try {
                c.wakeup();
            } catch (RuntimeException ignored) {
                // already closed: the loop sees running == false
            }
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The stored offsets were replaced (a rebuild was swapped in): resume from them before the next poll. */
    void rewindToStoredOffsets() {
        rewindRequested = true;
    }

    /** A failed batch closes the consumer; the next one resumes from the offsets stored with the views. */
    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try (KafkaConsumer<String, String> c = newConsumer();
                 KafkaClientMetrics metrics = new KafkaClientMetrics(c)) {
                metrics.bindTo(meters);
                consumer = c;
                c.subscribe(List.of(settings.topic()), new ResumeFromStoredOffsets(c));
                while (running) {
                    if (rewindRequested) {
                        rewindRequested = false;
                        rewind(c, c.assignment());
                    }
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
                        records.forEach(batch::add);
                        projector.apply(batch);
                    }
                    backoff = Duration.ofMillis(100);
                }
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                log.warn("projection batch failed; resuming from the stored offsets in {} ms: {}",
                        backoff.toMillis(), e.toString());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
        stopped.countDown();
    }

    private KafkaConsumer<String, String> newConsumer() {
        return new KafkaConsumer<>(settings.clientConfig(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, settings.groupId(),
                // a topic is created deliberately (partitions, retention), never as a side effect of reading it
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords(),
                // the topic may be created after this service starts (by command-service): notice it soon
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000,
                // a killed instance holds its partitions until this expires: keep restarts quick
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, settings.sessionTimeoutMs(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())));
    }

    private void rewind(KafkaConsumer<String, String> c, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = store.offsets(settings.topic());
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next == null) {
                c.seekToBeginning(Set.of(partition));
            } else {
                c.seek(partition, next);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class ResumeFromStoredOffsets implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, String> c;

        ResumeFromStoredOffsets(KafkaConsumer<String, String> c) {
            this.c = c;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            rewind(c, partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // offsets are committed with each batch's transaction; nothing to flush
        }
    }
}
