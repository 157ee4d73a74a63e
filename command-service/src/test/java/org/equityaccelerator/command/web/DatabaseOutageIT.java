package org.equityaccelerator.command.web;

import org.equityaccelerator.command.TestIdentity;

import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.infra.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While PostgreSQL is down a command is answered 503 problem+json with Retry-After (the client should retry), not 500;
 * once it is back commands are accepted again, by the same running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=db-outage-it.events", "spring.datasource.hikari.connection-timeout=2000"})
class DatabaseOutageIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final RestartablePostgres POSTGRES = startPostgres();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.database("commands"));
        registry.add("spring.flyway.user", () -> "postgres");
        TestIdentity.register(registry);
        registry.add("spring.flyway.password", () -> "postgres");
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
    }

    @AfterAll
    static void stopPostgres() {
        POSTGRES.close();
    }

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDatabaseOutageAnswers503WithRetryAfterAndTheServiceRecovers() throws Exception {
        String program = "db-outage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(register(program + "-before").statusCode()).isEqualTo(201);

        POSTGRES.stop();
        HttpResponse<String> refused;
        HttpResponse<String> refusedWithKey;
        String key = UUID.randomUUID().toString();
        try {
            refused = register(program + "-during");
            refusedWithKey = register(program + "-keyed", "Idempotency-Key", key);
        } finally {
            POSTGRES.restart();
        }
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"https://equityaccelerator.org/problems/database-unavailable\"")
                .contains("\"status\":503");
        // a keyed command is refused the same way, and its key is not taken
        assertThat(refusedWithKey.statusCode()).isEqualTo(503);
        assertThat(refusedWithKey.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refusedWithKey.body()).contains("database-unavailable");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> register(program + "-after").statusCode() == 201);
        // the refused command was not recorded: registering it now is a first registration
        assertThat(register(program + "-during").statusCode()).isEqualTo(201);
        HttpResponse<String> retried = register(program + "-keyed", "Idempotency-Key", key);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    private HttpResponse<String> register(String programId, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/programs"))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + TestIdentity.admin()).POST(HttpRequest.BodyPublishers.ofString("""
                        {"programId":"%s","name":"n","convener":"c","focusAreas":[],
                         "participantOrgTypes":["LHJ_COUNTY"],"occurredOn":"2023-01-01"}""".formatted(programId)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static RestartablePostgres startPostgres() {
        try {
            return RestartablePostgres.start(Path.of("target", "db-outage-it", "pgdata-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
