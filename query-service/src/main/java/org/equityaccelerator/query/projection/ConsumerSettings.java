package org.equityaccelerator.query.projection;

import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * @param properties Kafka client settings passed through to every consumer as they are (TLS, SASL:
 *                   {@code accelerator.kafka.properties.security.protocol=SASL_SSL}, env
 *                   {@code ACCELERATOR_KAFKA_PROPERTIES_SECURITY_PROTOCOL})
 */
@ConfigurationProperties("accelerator.kafka")
record ConsumerSettings(String bootstrapServers, String topic, String groupId, int maxPollRecords,
                        int sessionTimeoutMs, Map<String, String> properties) {
    ConsumerSettings {
        if (topic == null || topic.isBlank()) {
            topic = "accelerator.events";
        }
        if (groupId == null || groupId.isBlank()) {
            groupId = "query-service";
        }
        if (sessionTimeoutMs <= 0) {
            sessionTimeoutMs = 10_000;
        }
        if (maxPollRecords <= 0) {
            maxPollRecords = 500;
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The passed-through settings, then the brokers, then what this consumer needs (which wins). */
    Map<String, Object> clientConfig(Map<String, Object> required) {
        Map<String, Object> config = new HashMap<>(properties);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(required);
        return config;
    }
}
