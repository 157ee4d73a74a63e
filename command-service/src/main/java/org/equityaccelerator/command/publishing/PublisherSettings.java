package org.equityaccelerator.command.publishing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bootstrapServers Kafka brokers
 * @param topic            the partner-facing topic, {@code accelerator.events}
 * @param partitions       partitions when this service creates the topic
 * @param ackTimeoutMillis how long a batch waits for the broker before it is rolled back and retried
 */
@ConfigurationProperties("accelerator.kafka")
record PublisherSettings(String bootstrapServers, String topic, int partitions, long ackTimeoutMillis) {
    PublisherSettings {
        if (topic == null || topic.isBlank()) {
            topic = "accelerator.events";
        }
        if (partitions <= 0) {
            partitions = 3;
        }
        if (ackTimeoutMillis <= 0) {
            ackTimeoutMillis = 30_000;
        }
    }
}
