package org.equityaccelerator.command.publishing;

import org.equityaccelerator.command.TestIdentity;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.infra.InJvmKafka;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * command-service starts with no broker at its address at all, accepts commands, stays ready (the publishing health group
 * says what is wrong), logs little while it waits, and publishes everything once a broker appears there.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=absent-it.events", "accelerator.kafka.ack-timeout-millis=5000"})
class BrokerAbsentAtStartIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final int BROKER_PORT = freePort();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("absent_it"));
        registry.add("spring.flyway.user", INFRA::username);
        TestIdentity.register(registry);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", () -> "127.0.0.1:" + BROKER_PORT);
    }

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAcceptsCommandsAndPublishesWhenTheBrokerArrives(CapturedOutput output) throws Exception {
        String program = "absent-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(register(program + "-" + i)).isEqualTo(201);
            registered.add(program + "-" + i);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> kafka = get("/actuator/health/publishing");
            assertThat(kafka.statusCode()).isEqualTo(503);
            assertThat(kafka.body()).contains("\"status\":\"DOWN\"").contains("broker unreachable")
                    .contains("\"publisherLagEvents\":3");
        });
        // bounded, quiet logging while the broker is away: a handful of lines, not one per reconnect attempt
        long linesBefore = output.getAll().lines().count();
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15))
                .until(() -> output.getAll().lines().count() - linesBefore < 40);

        try (InJvmKafka broker = InJvmKafka.start(Files.createTempDirectory("absent-it-kafka"), BROKER_PORT);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     "bootstrap.servers", broker.bootstrapServers(), "group.id", "absent-" + UUID.randomUUID(),
                     "auto.offset.reset", "earliest", "key.deserializer", StringDeserializer.class.getName(),
                     "value.deserializer", StringDeserializer.class.getName(), "metadata.max.age.ms", "1000"))) {
            List<String> subjects = new ArrayList<>();
            CloudEventCodec codec = new CloudEventCodec();
            consumer.subscribe(List.of("absent-it.events"));
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    codec.decode(r.value()).ifPresent(e -> subjects.add(e.subject()));
                }
                return subjects.containsAll(registered);
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/actuator/health/publishing").body())
                    .contains("\"status\":\"UP\"").contains("\"publisherLagEvents\":0"));
        }
    }

    private int register(String programId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/programs"))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + TestIdentity.admin()).POST(HttpRequest.BodyPublishers.ofString("""
                        {"programId":"%s","name":"n","convener":"c","focusAreas":[],
                         "participantOrgTypes":["LHJ_COUNTY"],"occurredOn":"2023-01-01"}""".formatted(programId)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
