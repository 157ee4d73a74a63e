package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The topics (the partners' event topic and the internal access topic of grant events), made sure of after start
 * rather than before: command-service starts and accepts commands while the broker
 * is away, and the topic is created (or found) when the broker answers; until then publication batches fail and are
 * retried by the processor.
 * Retention is infinite: partners and rebuilds read it from the beginning.
 */
@Component
class EventTopic {
    private static final Logger log = LoggerFactory.getLogger(EventTopic.class);

    private final Admin admin;
    private final PublisherSettings settings;
    private volatile boolean ready;

    EventTopic(Admin kafkaAdmin, PublisherSettings settings) {
        this.admin = kafkaAdmin;
        this.settings = settings;
    }

    /**
     * Makes sure of the topic in the background, retrying with back-off (1 s doubling to 30 s) until the broker
     * answers: never inside the publisher's unit of work, which must stay short.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareInBackground() {
        Thread preparer = new Thread(() -> {
            long backoffMillis = 1_000;
            while (!ready && !Thread.currentThread().isInterrupted()) {
                try {
                    prepare();
                    log.info("topics {} and {} ready", settings.topic(), settings.accessTopic());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (backoffMillis == 1_000) {
                        log.warn("topic {} not confirmed yet ({}); retrying quietly, see /actuator/health/publishing",
                                settings.topic(), e.getClass().getSimpleName());
                    }
                    try {
                        Thread.sleep(backoffMillis);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    backoffMillis = Math.min(backoffMillis * 2, 30_000);
                }
            }
        }, "event-topic-preparer");
        preparer.setDaemon(true);
        preparer.start();
    }

    /**
     * Fails at once (the batch is retried with back-off) while the topics are not confirmed yet: a publisher must not
     * wait out its acknowledgement timeout for a broker that has not answered since start.
     */
    void ensureExists() {
        if (!ready) {
            throw new KafkaEventPublisher.PublicationFailed("topic " + settings.topic() + " not confirmed yet",
                    new IllegalStateException("the broker has not answered since start"));
        }
    }

    private void prepare() throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        if (settings.createTopic()) {
            create(settings.topic(), settings.partitions());
            // grants are few; one partition keeps every program's grants in one order
            create(settings.accessTopic(), 1);
        }
        awaitLeaders(settings.topic());
        awaitLeaders(settings.accessTopic());
        ready = true;
    }

    private void create(String name, int partitions)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        NewTopic topic = new NewTopic(name, partitions, settings.replicationFactor())
                .configs(Map.of("retention.ms", "-1",
                        "min.insync.replicas", Integer.toString(settings.minInsyncReplicas())));
        try {
            admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /**
     * A send in the instant after creation can meet NOT_LEADER; the idempotent producer may then stall on sequence
     * errors until its delivery timeout. Publishing once every partition has a leader avoids that.
     */
    private void awaitLeaders(String name)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get(name).partitions().stream()
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            Thread.sleep(50);
        }
        throw new java.util.concurrent.TimeoutException("partitions of " + name + " without a leader after 30 s");
    }
}
