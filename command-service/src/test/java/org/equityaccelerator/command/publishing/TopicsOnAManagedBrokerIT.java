package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.access.GrantRecord;
import org.equityaccelerator.command.TestIdentity;
import org.equityaccelerator.infra.InJvmKafka;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On a broker that creates no topic by itself (as in deploy/compose and production), command-service creates both of
 * its topics, the partners' event topic and the internal access topic, with infinite retention, and the bootstrap
 * admin's grant reaches the access topic.
 */
@SpringBootTest(properties = {"spring.profiles.active=local", "accelerator.kafka.topic=managed-it.events",
        "accelerator.kafka.access-topic=managed-it.access"})
class TopicsOnAManagedBrokerIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final InJvmKafka BROKER = startBroker();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("managed_broker_it"));
        registry.add("spring.flyway.user", INFRA::username);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", BROKER::bootstrapServers);
        TestIdentity.register(registry);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        BROKER.close();
    }

    @Test
    void bothTopicsAreCreatedWithInfiniteRetentionAndTheBootstrapGrantIsOnTheAccessTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BROKER.bootstrapServers()))) {
            await("both topics").atMost(Duration.ofMinutes(1)).until(() -> admin.listTopics().names().get()
                    .containsAll(List.of("managed-it.events", "managed-it.access")));
            Map<String, TopicDescription> topics = admin.describeTopics(List.of("managed-it.events", "managed-it.access"))
                    .allTopicNames().get();
            assertThat(topics.get("managed-it.events").partitions()).hasSize(3);
            assertThat(topics.get("managed-it.access").partitions()).hasSize(1);
            for (String topic : topics.keySet()) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                        .get("retention.ms").value()).as(topic).isEqualTo("-1");
            }
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", BROKER.bootstrapServers(), "group.id", "managed-it",
                "auto.offset.reset", "earliest", "allow.auto.create.topics", "false",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("managed-it.access"));
            List<GrantRecord> grants = new ArrayList<>();
            await("the bootstrap grant on the access topic").atMost(Duration.ofMinutes(1)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    grants.add(GrantRecord.fromJson(r.value()));
                }
                return !grants.isEmpty();
            });
            assertThat(grants.get(0).event().programId()).isEqualTo("pha-rea");
            assertThat(grants.get(0).toJson()).contains(TestIdentity.ADMIN);
        }
    }

    private static InJvmKafka startBroker() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "managed-broker-it").toAbsolutePath();
            return InJvmKafka.start(dir, 0, Map.of("auto.create.topics.enable", "false"));
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not start", e);
        }
    }
}
