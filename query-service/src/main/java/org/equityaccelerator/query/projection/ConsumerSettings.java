package org.equityaccelerator.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("accelerator.kafka")
record ConsumerSettings(String bootstrapServers, String topic, String groupId, int maxPollRecords,
                        int sessionTimeoutMs) {
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
    }
}
