package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.HashMap;
import java.util.Map;

/**
 * @param bootstrapServers  Kafka brokers
 * @param topic             the partner-facing topic, {@code accelerator.events}
 * @param partitions        partitions when this service creates the topic
 * @param replicationFactor replicas when this service creates the topic (3 in production)
 * @param minInsyncReplicas {@code min.insync.replicas} of a topic this service creates (2 with 3 replicas)
 * @param createTopic       whether to create the topic if missing (false where an operator owns topics, e.g. Strimzi)
 * @param ackTimeoutMillis  how long a batch waits for the broker before it is rolled back and retried
 * @param properties        Kafka client settings passed through to producer and admin client as they are (TLS, SASL:
 *                          {@code accelerator.kafka.properties.security.protocol=SASL_SSL}, env
 *                          {@code ACCELERATOR_KAFKA_PROPERTIES_SECURITY_PROTOCOL})
 * @param accessTopic       the internal topic of grant events, {@code accelerator.access}: read by query-service only,
 *                          never by partners (created with the event topic when {@code createTopic}, else by the operator)
 */
@ConfigurationProperties("accelerator.kafka")
record PublisherSettings(String bootstrapServers, String topic, int partitions,
                         @DefaultValue("1") short replicationFactor, @DefaultValue("1") int minInsyncReplicas,
                         @DefaultValue("true") boolean createTopic, long ackTimeoutMillis,
                         Map<String, String> properties, String accessTopic) {
    PublisherSettings {
        if (accessTopic == null || accessTopic.isBlank()) {
            accessTopic = "accelerator.access";
        }
        if (topic == null || topic.isBlank()) {
            topic = "accelerator.events";
        }
        if (partitions <= 0) {
            partitions = 3;
        }
        if (ackTimeoutMillis <= 0) {
            ackTimeoutMillis = 30_000;
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The passed-through settings, then the brokers, then what this client needs (which wins). */
    Map<String, Object> clientConfig(Map<String, Object> required) {
        Map<String, Object> config = new HashMap<>(properties);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(required);
        return config;
    }
}
