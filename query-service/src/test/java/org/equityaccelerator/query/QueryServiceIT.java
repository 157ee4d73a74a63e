package org.equityaccelerator.query;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** query-service on real PostgreSQL and Kafka: CloudEvents on the topic become views behind the read API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=query-it.events"})
class QueryServiceIT {
    static final LocalInfra INFRA = LocalInfra.shared();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("query_it"));
        registry.add("spring.datasource.username", INFRA::username);
        registry.add("spring.datasource.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        TestAccess.arguments("query-it.access").forEach(a -> registry.add(a.substring(2, a.indexOf('=')),
                () -> a.substring(a.indexOf('=') + 1)));
        TestAccess.grant(INFRA.kafkaBootstrapServers(), "query-it.access");
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eventsBecomeViewsAndRedeliveriesChangeNothing() throws Exception {
        TestEvents events = new TestEvents("pha-rea", "it-cohort").cohort("EXECUTIVE_LEADERSHIP");
        String a = events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "FINANCE");
        String b = events.participant("LHJ-B", 1, "FINANCE");
        try (TopicWriter topic = new TopicWriter(INFRA.kafkaBootstrapServers(), "query-it.events")) {
            topic.write(events.events());
            // a redelivery of everything (publisher retry after a crash), a record of a future type, and garbage
            topic.write(events.events());
            topic.writeRaw(a, new org.equityaccelerator.events.CloudEventCodec().encode(events.events().get(6))
                    .replace("team.member-added.v1", "team.member-renamed.v9"));
            topic.writeRaw(a, "{not a cloud event");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from skipped_record", Long.class)).isEqualTo(2));

        String participant = get("/participants/" + a + "/progress");
        assertThat(participant).contains("\"orgId\":\"LHJ-A\"").contains("\"committed\":2").contains("\"size\":2")
                .contains("\"eventsApplied\":" + events.events().stream().filter(e -> e.subject().equals(a)).count());
        String regional = get("/cohorts/it-cohort/progress");
        assertThat(regional).contains("\"participantsEnrolled\":2").contains("\"goalsCommitted\":3")
                .contains("\"teamsWithAllRequiredRoles\":1").contains("\"ADVANCE_PAYMENT\":2")
                .contains("\"eventsApplied\":" + events.events().size());
        assertThat(get("/cohorts/it-cohort/participants?page=0&size=1")).contains("\"total\":2").contains("LHJ-A")
                .doesNotContain("LHJ-B");
        assertThat(jdbc.queryForObject("select count(*) from aggregate_position where aggregate_id in (?, ?, ?)",
                Long.class, "it-cohort", a, b)).isEqualTo(3);
    }

    /**
     * The program's stream is not the cohort's: the regional view joins the program's own process-change stages when
     * served, live and as of a date, and lists the changes by them in the program's order.
     */
    @Test
    void processChangesAreListedByTheProgramsOwnStages() throws Exception {
        TestEvents events = new TestEvents("sni-it", "sni-it-cohort");
        events.add(new org.equityaccelerator.events.ProgramRegistered("sni-it", "SNI pilot", "SNI",
                java.util.List.of("racial equity"), java.util.List.of("PUBLIC_HEALTH_CARE_SYSTEM"),
                java.time.LocalDate.of(2021, 9, 1), null, null, null,
                java.util.List.of("ACCESS_SUBMISSION", "PILOT", "PAYMENT")));
        events.cohort("EXECUTIVE_LEADERSHIP");
        events.participant("PHCS-1", 0, "EXECUTIVE_LEADERSHIP"); // a PAYMENT and an ACCESS_SUBMISSION change
        try (TopicWriter topic = new TopicWriter(INFRA.kafkaBootstrapServers(), "query-it.events")) {
            topic.write(events.events());
        }
        String order = "\"processChangesByStage\":[{\"stage\":\"ACCESS_SUBMISSION\",\"recorded\":1,\"inEffect\":1,"
                + "\"participantsWithChangeInEffect\":1},{\"stage\":\"PILOT\",\"recorded\":0,\"inEffect\":0,"
                + "\"participantsWithChangeInEffect\":0},{\"stage\":\"PAYMENT\",\"recorded\":1,\"inEffect\":0,"
                + "\"participantsWithChangeInEffect\":0}]";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/cohorts/sni-it-cohort/progress")).contains(order));
        assertThat(get("/cohorts/sni-it-cohort/progress?asOf=2023-12-31")).contains(order);
        // the regional views were folded again as tallies by the Java migration Spring's Flyway picked up
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '3' and success",
                Long.class)).isEqualTo(1);
    }

    @Test
    void unknownViewsAreRefusedAsProblemJson() throws Exception {
        // a cohort nobody can hold a grant for: refused like one the caller has no grant for, so none can be probed
        HttpResponse<String> response = http.send(request("/cohorts/nope/progress"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(uri("/cohorts/nope/progress")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    /** An unknown id of 6 kB (near the request line's limit) logs one short line, no stack trace, and is cut. */
    @Test
    void anUnknownHugeIdLogsOneShortLineWithoutAStackTrace() throws Exception {
        String id = "c" + UUID.randomUUID() + "z".repeat(6_000);
        // the first request of the context also logs the servlet's initialisation
        http.send(request("/cohorts/nope/progress"), HttpResponse.BodyHandlers.ofString());
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        HttpResponse<String> response;
        try {
            response = http.send(request("/cohorts/" + id + "/progress"), HttpResponse.BodyHandlers.ofString());
        } finally {
            root.detachAppender(logged);
        }
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body().length()).as("problem size").isLessThan(1_500);
        List<ILoggingEvent> requestLines = logged.list.stream()
                .filter(e -> e.getThreadName().startsWith("http-nio")).toList();
        assertThat(requestLines).hasSize(1);
        assertThat(requestLines.get(0).getThrowableProxy()).isNull();
        assertThat(requestLines.get(0).getFormattedMessage()).startsWith("refused 403");
        assertThat(requestLines.get(0).getFormattedMessage().length()).as("line length").isLessThan(1_000);
        assertThat(logged.list).noneMatch(e -> e.getFormattedMessage().contains("z".repeat(65)));
    }

    @Test
    void openApiAndPrometheusAreServed() throws Exception {
        assertThat(get("/v3/api-docs")).contains("/cohorts/{cohortId}/progress").contains("\"bearerFormat\":\"JWT\"")
                // "% of target" is defined where it is served
                .contains(org.equityaccelerator.query.participant.ParticipantProgress.MetricSeries.PERCENT_OF_TARGET);
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus")).contains("accelerator_projection_events_total")
                .contains("accelerator_projection_freshness_seconds");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** As the program admin (program staff: every participant, every figure). */
    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestAccess.admin()).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
