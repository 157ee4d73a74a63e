package org.equityaccelerator.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("accelerator.kafka")
record ConsumerSettings(String bootstrapServers, String topic, String groupId, int maxPollRecords) {
    ConsumerSettings {
        if (topic == null || topic.isBlank()) {
            topic = "accelerator.events";
        }
        if (groupId == null || groupId.isBlank()) {
            groupId = "query-service";
        }
        if (maxPollRecords <= 0) {
            maxPollRecords = 500;
        }
    }
}
