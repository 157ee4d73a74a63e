package org.equityaccelerator.command.access;

import org.equityaccelerator.command.TestIdentity;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * command-service with a separate management port (MANAGEMENT_PORT, random here), as compose and Kubernetes run it:
 * Prometheus scrapes that port without a token, the probes answer there, and nothing else does; on the API port
 * Prometheus is not served at all (401 without a token, 404 with one) and the probes answer as /livez and /readyz.
 * The rule lives in the shared ResourceServerChain, so it holds for query-service alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "management.server.port=0",
                "accelerator.kafka.topic=management-it.events", "accelerator.kafka.access-topic=management-it.access"})
class ManagementPortIT {
    static final LocalInfra INFRA = LocalInfra.shared();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("management_it"));
        registry.add("spring.flyway.user", INFRA::username);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        TestIdentity.register(registry);
    }

    @LocalServerPort int apiPort;
    @LocalManagementPort int managementPort;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusIsScrapedWithoutATokenOnTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(apiPort);
        // a command, so the timer has a sample to show
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(apiPort, "/programs"))
                .header("Authorization", "Bearer " + TestIdentity.admin()).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(refused.statusCode()).isEqualTo(400);

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("accelerator_commands_seconds_count");
        assertThat(get(apiPort, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        // the actuator has moved: a token gets past security on the API port, and finds nothing there
        assertThat(get(apiPort, "/actuator/prometheus", TestIdentity.admin()).statusCode()).isEqualTo(404);
    }

    /** The probes answer on the management port, and as /livez and /readyz on the API port (what Kubernetes probes). */
    @Test
    void probesAnswerOnBothPortsWithoutAToken() throws Exception {
        Map<Integer, List<String>> probes = Map.of(
                managementPort, List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"),
                apiPort, List.of("/livez", "/readyz"));
        probes.forEach((port, paths) -> paths.forEach(probe -> {
            HttpResponse<String> health = get(port, probe, null);
            assertThat(health.statusCode()).as(port + probe).isEqualTo(200);
            assertThat(health.body()).as(port + probe).contains("\"status\":\"UP\"");
        }));
    }

    /** Default-deny holds on the management port: no API, no other actuator endpoint, not even with a token. */
    @Test
    void nothingElseIsOpenOnTheManagementPort() throws Exception {
        String admin = TestIdentity.admin();
        for (String path : new String[]{"/programs/pha-rea/access-history", "/actuator/metrics", "/v3/api-docs"}) {
            assertThat(get(managementPort, path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(managementPort, path, admin).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(get(apiPort, "/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
