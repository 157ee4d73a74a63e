package org.equityaccelerator.query.access;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.access.GrantRecord;
import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.ProgramGrants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Grants as query-service knows them: every record of the internal access topic, read from its beginning at each start
 * (grants are few; nothing to store) and followed from then on. Until the first catch-up to the end offsets of the
 * moment it started, a decision waits (bounded) rather than deny a caller whose grant is simply not read yet. A record
 * seen twice (at-least-once delivery) is dropped by its event id.
 */
@Component
class AccessTopicGrants implements Grants, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AccessTopicGrants.class);
    private final Map<String, Object> clientConfig;
    private final String topic;
    private final Map<String, List<GrantRecord>> byProgram = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    AccessTopicGrants(@Value("${accelerator.kafka.bootstrap-servers}") String bootstrapServers,
                      @Value("${accelerator.kafka.access-topic:accelerator.access}") String topic,
                      Environment environment) {
        this.clientConfig = clientConfig(bootstrapServers, Binder.get(environment).bind("accelerator.kafka.properties",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        this.topic = topic;
    }

    /**
     * The Kafka client passthrough (TLS, SASL: {@code ACCELERATOR_KAFKA_PROPERTIES_*}, as for the event topic's
     * consumers), then what this reader needs, which wins; it never makes the broker create the topic.
     */
    static Map<String, Object> clientConfig(String bootstrapServers, Map<String, String> passthrough) {
        Map<String, Object> config = new HashMap<>(passthrough);
        config.putAll(Map.of("bootstrap.servers", bootstrapServers,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName(), "enable.auto.commit", "false",
                "allow.auto.create.topics", "false"));
        return config;
    }

    @Override
    public ProgramGrants of(String programId) {
        try {
            if (!caughtUp.await(10, TimeUnit.SECONDS)) {
                log.warn("access topic {} not read to its end yet: deciding on the grants read so far", topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProgramGrants grants = new ProgramGrants();
        for (GrantRecord r : byProgram.getOrDefault(programId, List.of())) {
            grants.apply(r.event(), r.recordedAt(), r.actor());
        }
        return grants;
    }

    Map<String, Object> clientConfig() {
        return Map.copyOf(clientConfig);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "access-topic-grants");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(clientConfig)) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("reading the access topic {} failed; retrying", topic, e);
                pause();
            }
        }
    }

    private void follow(KafkaConsumer<String, String> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        c.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        if (partitions.isEmpty()) {
            caughtUp.countDown();   // no topic yet: no grants yet
            pause();
            return;
        }
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = c.endOffsets(partitions);
        while (running) {
            for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(200))) {
                GrantRecord grant = GrantRecord.fromJson(record.value());
                if (seen.add(grant.eventId())) {
                    byProgram.computeIfAbsent(grant.event().programId(), k -> new CopyOnWriteArrayList<>()).add(grant);
                }
            }
            if (caughtUp.getCount() > 0 && partitions.stream()
                    .allMatch(p -> c.position(p) >= end.getOrDefault(p, 0L))) {
                caughtUp.countDown();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
