package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.infra.InJvmKafka;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands are acknowledged once their events are in PostgreSQL, broker or not. While the broker is down the
 * publisher's token stays behind those events; once it is back every one of them reaches the topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=outage-it.events",
                "accelerator.kafka.ack-timeout-millis=5000"})
class BrokerOutageIT {
    static final LocalInfra INFRA = LocalInfra.shared();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("outage_it"));
        registry.add("spring.flyway.user", INFRA::username);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        org.equityaccelerator.command.TestIdentity.register(registry);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eventsAcknowledgedWhileTheBrokerIsDownArePublishedWhenItReturns() throws Exception {
        Assumptions.assumeTrue(INFRA.inJvmKafka().isPresent(), "needs the in-JVM broker to stop and restart it");
        InJvmKafka broker = INFRA.inJvmKafka().get();
        String program = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(register(program + "-before")).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedUpTo() >= lastStored());

        broker.stop();
        List<String> registeredDuringOutage = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(register(program + "-" + i)).isEqualTo(201); // acknowledged: stored in PostgreSQL
                registeredDuringOutage.add(program + "-" + i);
            }
            long stored = lastStored();
            // the publisher cannot get acknowledgements, so its token must not pass what it could not publish
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> publishedUpTo() < stored);
        } finally {
            broker.restart();
        }

        List<String> subjects = new ArrayList<>();
        CloudEventCodec codec = new CloudEventCodec();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", INFRA.kafkaBootstrapServers(), "group.id", "outage-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest", "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("outage-it.events"));
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    codec.decode(r.value()).ifPresent(e -> subjects.add(e.subject()));
                }
                return subjects.containsAll(registeredDuringOutage);
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedUpTo() >= lastStored());
    }

    private int register(String programId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/programs"))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + org.equityaccelerator.command.TestIdentity.admin()).POST(HttpRequest.BodyPublishers.ofString("""
                        {"programId":"%s","name":"n","convener":"c","focusAreas":[],
                         "participantOrgTypes":["LHJ_COUNTY"],"occurredOn":"2023-01-01"}""".formatted(programId)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private long lastStored() {
        return jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
    }

    /** The global index up to which the kafka-publisher's token says everything is published. */
    private long publishedUpTo() {
        List<String> tokens = jdbc.queryForList("select convert_from(token, 'UTF8') from tokenentry "
                + "where processorname = 'kafka-publisher' and token is not null", String.class);
        return tokens.stream().mapToLong(t -> Long.parseLong(t.replaceAll(".*\"index\":(\\d+).*", "$1")))
                .min().orElse(0);
    }
}
