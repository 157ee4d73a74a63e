package org.equityaccelerator.command.idempotency;

import org.equityaccelerator.command.TestIdentity;
import org.equityaccelerator.command.CommandServiceApplication;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key on real PostgreSQL: retries answer the original response and append nothing, across a restart of
 * the service and when the duplicates arrive at the same time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final String PROGRAM = """
            {"name":"Idempotent program","convener":"PHA SoCal","focusAreas":["contracting_procurement"],
             "participantOrgTypes":["LHJ_COUNTY"],"occurredOn":"2023-01-15"}""";

    final HttpClient http = HttpClient.newHttpClient();
    final String database = INFRA.database("idempotency_it");
    ConfigurableApplicationContext service;
    JdbcTemplate jdbc;
    int port;

    @BeforeAll
    void start() {
        startService();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void theSameKeyAndBodyAnswersTheOriginalResponseAndAppendsOneEvent() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        HttpResponse<String> first = post("/programs", PROGRAM, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String programId = idOf(first);

        // same content, other property order and spacing: still the same request
        HttpResponse<String> retry = post("/programs", """
                {"occurredOn":"2023-01-15", "participantOrgTypes":["LHJ_COUNTY"], "name":"Idempotent program",
                 "convener":"PHA SoCal", "focusAreas":["contracting_procurement"]}""", "Idempotency-Key", key);

        assertSameResponse(retry, first);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(eventsOf(programId)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused422NamingTheHeaderAndAppendsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post("/programs", PROGRAM, "Idempotency-Key", key).statusCode()).isEqualTo(201);
        long before = storedEvents();

        HttpResponse<String> other = post("/programs", PROGRAM.replace("Idempotent program", "Another program"),
                "Idempotency-Key", key);

        assertProblem(other, 422, "Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void keysAreScopedByCallerAndEndpoint() throws Exception {
        String key = UUID.randomUUID().toString();
        String other = TestIdentity.tokens().userToken("other-admin-1");
        post("/programs/pha-rea/grants", """
                {"subject":"other-admin-1","role":"PROGRAM_ADMIN","scopeId":"pha-rea"}""");   // a second operator admin
        HttpResponse<String> mine = post("/programs", PROGRAM, "Idempotency-Key", key);
        HttpResponse<String> theirs = post("/programs", PROGRAM, "Idempotency-Key", key,
                "Authorization", "Bearer " + other);
        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(idOf(theirs)).isNotEqualTo(idOf(mine));

        HttpResponse<String> cohort = post("/cohorts", cohort(idOf(mine)), "Idempotency-Key", key);
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(201);
        assertThat(cohort.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
    }

    @Test
    void aRefusedRequestKeepsNoKeySoItsRetryIsHandledAfresh() throws Exception {
        String key = UUID.randomUUID().toString();
        String programId = "idem-later-" + UUID.randomUUID();
        HttpResponse<String> refused = post("/cohorts", cohort(programId), "Idempotency-Key", key);
        assertProblem(refused, 404, "programId");
        assertThat(post("/programs", PROGRAM.replace("{", "{\"programId\":\"" + programId + "\",")).statusCode())
                .isEqualTo(201);

        HttpResponse<String> retried = post("/cohorts", cohort(programId), "Idempotency-Key", key);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(retried.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
    }

    @Test
    void aKeyThatCannotBeRecordedRecordsNoEventsEither() throws Exception {
        long before = storedEvents();
        asOwner("revoke update on idempotency_key from " + appUser());
        try {
            HttpResponse<String> unrecorded = post("/programs", PROGRAM, "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(unrecorded.statusCode()).as(unrecorded.body()).isEqualTo(500);
        } finally {
            asOwner("grant update on idempotency_key to " + appUser());
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void keysOfTheWrongShapeAreRefused400NamingTheHeader() throws Exception {
        long before = storedEvents();
        for (String bad : List.of("x".repeat(256), "has space", "naïve", "")) {
            assertProblem(post("/programs", PROGRAM, "Idempotency-Key", bad), 400, "Idempotency-Key");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void concurrentDuplicatesAppendOnceAndAllAnswerTheSameProgram() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    go.await();
                    return post("/programs", PROGRAM, "Idempotency-Key", key);
                }));
            }
            go.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                ids.add(idOf(response));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aRetryAfterARestartOfTheServiceStillAnswersTheOriginalResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/programs", PROGRAM, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        long before = storedEvents();

        service.close();
        startService();
        HttpResponse<String> retry = post("/programs", PROGRAM, "Idempotency-Key", key);

        assertSameResponse(retry, first);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private void startService() {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
                "--spring.flyway.user=" + INFRA.username(), "--spring.flyway.password=" + INFRA.password(),
                "--accelerator.kafka.bootstrap-servers=" + INFRA.kafkaBootstrapServers(),
                "--accelerator.kafka.topic=idempotency-it.events"));
        args.addAll(List.of(TestIdentity.arguments()));
        service = CommandServiceApplication.start(args.toArray(String[]::new));
        jdbc = service.getBean(JdbcTemplate.class);
        port = ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    private static void assertSameResponse(HttpResponse<String> retry, HttpResponse<String> first) {
        assertThat(retry.statusCode()).isEqualTo(first.statusCode());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("location")).isEqualTo(first.headers().firstValue("location"))
                .isPresent();
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER)).hasValue("true");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private static String cohort(String programId) {
        return """
                {"programId":"%s","label":"2023","region":"Southern California","startDate":"2023-03-01",
                 "endDate":"2023-12-31","minTeamSize":3,"maxTeamSize":8,"requiredRoles":[],
                 "occurredOn":"2023-02-01"}""".formatted(programId);
    }

    private static String idOf(HttpResponse<String> created) {
        return created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    private String appUser() {
        return service.getEnvironment().getRequiredProperty("spring.datasource.username");
    }

    /** Grants are the owner's (Flyway's) to change; the service's own role may not. */
    private void asOwner(String sql) {
        new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(database, INFRA.username(),
                INFRA.password())).execute(sql);
    }

    /** As the operator's program admin, unless the headers bring another Authorization. */
    private HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (!java.util.List.of(headers).contains("Authorization")) {
            request.header("Authorization", "Bearer " + TestIdentity.admin());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
