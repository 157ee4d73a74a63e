package org.equityaccelerator.query.access;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The access topic's reader connects like the event topic's consumers: TLS and SASL settings pass through. */
class AccessTopicGrantsConfigTest {

    @Test
    void theKafkaPassthroughReachesTheReaderAndWhatItNeedsWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("accelerator.kafka.properties.security.protocol", "SASL_SSL")
                .withProperty("accelerator.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")
                .withProperty("accelerator.kafka.properties.enable.auto.commit", "true");
        AccessTopicGrants grants = new AccessTopicGrants("broker-1:9093", "accelerator.access", environment);
        assertThat(grants.clientConfig()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("enable.auto.commit", "false").containsEntry("allow.auto.create.topics", "false");
    }

    @Test
    void withoutAPassthroughOnlyWhatTheReaderNeeds() {
        assertThat(AccessTopicGrants.clientConfig("b:9092", Map.of())).containsOnlyKeys("bootstrap.servers",
                "key.deserializer", "value.deserializer", "enable.auto.commit", "allow.auto.create.topics");
    }
}
