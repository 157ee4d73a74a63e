package org.equityaccelerator.command;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.command.web.Echo;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.TestInstance;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** command-service on real PostgreSQL and a real Kafka broker: commands in, rows in the store, CloudEvents out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=command-it.events"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandServiceIT {
    static final LocalInfra INFRA = LocalInfra.shared();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("command_it"));
        registry.add("spring.flyway.user", INFRA::username);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        TestIdentity.register(registry);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final CloudEventCodec codec = new CloudEventCodec();
    KafkaConsumer<String, String> consumer;
    String participantId;

    @BeforeAll
    void demoParticipantWithTeam() throws Exception {
        consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers(),
                "group.id", "command-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));
        consumer.subscribe(List.of("command-it.events"));
        assertThat(post("/programs", """
                {"programId":"pha-rea","name":"PHA Regional Equity Accelerator","convener":"PHA SoCal",
                 "focusAreas":["contracting_procurement"],"participantOrgTypes":["LHJ_COUNTY","LHJ_CITY"],
                 "occurredOn":"2023-01-15"}""").statusCode()).isEqualTo(201);
        assertThat(post("/cohorts", """
                {"cohortId":"pha-rea-2023","programId":"pha-rea","label":"2023","region":"Southern California",
                 "startDate":"2023-03-01","endDate":"2023-12-31","minTeamSize":3,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP"],"occurredOn":"2023-02-01"}""").statusCode()).isEqualTo(201);
        HttpResponse<String> enrolled = post("/cohorts/pha-rea-2023/participants", """
                {"orgId":"LHJ-A","orgName":"LHJ-A (placeholder)","orgType":"LHJ_COUNTY","occurredOn":"2023-03-01"}""");
        assertThat(enrolled.statusCode()).isEqualTo(201);
        participantId = enrolled.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(post("/participants/" + participantId + "/change-team", "{\"occurredOn\":\"2023-03-02\"}")
                .statusCode()).isEqualTo(201);
        assertThat(post("/participants/" + participantId + "/change-team/members", """
                {"memberRef":"m-1","role":"CONTRACTING_PROCUREMENT_OFFICER","department":"Contracts",
                 "occurredOn":"2023-03-02"}""").statusCode()).isEqualTo(201);
        assertThat(post("/programs/pha-rea/grants", """
                {"subject":"lhj-a-member","role":"TEAM_MEMBER","scopeId":"%s"}""".formatted(participantId))
                .statusCode()).isEqualTo(201);
    }

    @AfterAll
    void closeConsumer() {
        consumer.close();
    }

    @Test
    void acceptedCommandsArePublishedAsCloudEventsKeyedByAggregateWithActorAndCorrelation() throws Exception {
        HttpResponse<String> response = post("/participants/" + participantId + "/goals", """
                {"goalId":"g-advance-pay","title":"Offer advance payment on all new small-CBO awards",
                 "targetDate":"2024-06-30","successCriteria":["M-ADV-PAY-SHARE >= 80% by 2024-Q2"],
                 "ownerRole":"CONTRACTING_PROCUREMENT_OFFICER","occurredOn":"2023-07-12"}""",
                "Authorization", "Bearer " + TestIdentity.tokens().userToken("lhj-a-member"),
                "X-Correlation-Id", "corr-123");
        assertThat(response.statusCode()).isEqualTo(201);

        List<EventEnvelope> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                EventEnvelope e = codec.decode(r.value()).orElseThrow();
                assertThat(r.key()).isEqualTo(e.subject());
                published.add(e);
            }
            return published.stream().anyMatch(e -> e.data() instanceof GoalCommitted);
        });
        EventEnvelope goal = published.stream().filter(e -> e.data() instanceof GoalCommitted).findFirst().orElseThrow();
        assertThat(goal.type()).isEqualTo("org.equityaccelerator.goal.committed.v1");
        assertThat(goal.source()).isEqualTo("/programs/pha-rea/cohorts/pha-rea-2023");
        assertThat(goal.subject()).isEqualTo(participantId);
        assertThat(goal.actor()).isEqualTo("lhj-a-member");   // the token's subject
        assertThat(goal.correlationId()).isEqualTo("corr-123");
        assertThat(goal.causationId()).isNotBlank();
        assertThat(goal.occurredOn()).hasToString("2023-07-12");
        assertThat(jdbc.queryForObject("select sequencenumber from domainevententry where eventidentifier = ?",
                Long.class, goal.id())).isEqualTo(goal.sequence());
    }

    @Test
    void malformedInputAnswers400NamingTheFieldAndAppendsNothing() throws Exception {
        long before = storedEvents();
        HttpResponse<String> missing = post("/participants/" + participantId + "/goals", """
                {"title":"","targetDate":"2024-06-30","successCriteria":[],"ownerRole":"FINANCE",
                 "occurredOn":"2023-07-12"}""");
        assertProblem(missing, 400, "successCriteria");
        assertThat(missing.body()).contains("title");

        HttpResponse<String> badDate = post("/participants/" + participantId + "/goals", """
                {"title":"x","targetDate":"30/06/2024","successCriteria":["a"],"ownerRole":"FINANCE",
                 "occurredOn":"2023-07-12"}""");
        assertProblem(badDate, 400, "targetDate");

        HttpResponse<String> badCode = post("/participants/" + participantId + "/process-changes", """
                {"changeType":"ADVANCE_PAYMENT","lifecycleStage":"pay day","description":"d","status":"PROPOSED",
                 "occurredOn":"2023-06-14"}""");
        assertProblem(badCode, 400, "lifecycleStage");

        HttpResponse<String> email = post("/participants/" + participantId + "/change-team/members", """
                {"memberRef":"jane.doe@county.gov","role":"FINANCE","occurredOn":"2023-03-02"}""");
        assertProblem(email, 400, "memberRef");

        HttpResponse<String> negativeCount = post("/participants/" + participantId + "/community-engagements", """
                {"activityType":"LISTENING_SESSION","participantsCount":-3,"languages":["en"],
                 "occurredOn":"2023-05-20"}""");
        assertProblem(negativeCount, 400, "participantsCount");

        HttpResponse<String> noLevel = post("/participants/" + participantId + "/assessments/a-1/responses", """
                {"responses":[{"itemKey":"D5.1"}],"occurredOn":"2023-04-10"}""");
        assertProblem(noLevel, 400, "responses[0].levelCodeOrNotApplicable");

        HttpResponse<String> notJson = post("/programs", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void brokenInvariantsAnswer409AndAppendNothing() throws Exception {
        long before = storedEvents();
        // nobody on the team holds the owner role
        assertProblem(post("/participants/" + participantId + "/goals", """
                {"title":"t","targetDate":"2024-06-30","successCriteria":["a"],"ownerRole":"FINANCE",
                 "occurredOn":"2023-07-12"}"""), 409, "ownerRole");
        // an assessment before the team is active
        assertProblem(post("/participants/" + participantId + "/assessments", """
                {"instrumentId":"CP-SA-DEMO","version":"1.0","administration":"BASELINE",
                 "occurredOn":"2023-03-10"}"""), 409, "participantId");
        // the same organisation enrolled twice in one cohort
        assertProblem(post("/cohorts/pha-rea-2023/participants", """
                {"orgId":"LHJ-A","orgName":"LHJ-A again","orgType":"LHJ_COUNTY","occurredOn":"2023-03-05"}"""),
                409, "id");
        // a stage the program's process changes do not go through, a role its catalogue does not have
        assertProblem(post("/participants/" + participantId + "/process-changes", """
                {"changeType":"ADVANCE_PAYMENT","lifecycleStage":"PAYDAY","description":"d","status":"PROPOSED",
                 "occurredOn":"2023-06-14"}"""), 409, "lifecycleStage");
        assertProblem(post("/cohorts", """
                {"programId":"pha-rea","label":"2024","region":"r","startDate":"2024-01-01","endDate":"2024-12-31",
                 "minTeamSize":1,"maxTeamSize":5,"requiredRoles":["CHIEF_EQUITY_WIZARD"],
                 "occurredOn":"2023-12-01"}"""), 409, "requiredRoles");
        // an org type the program does not admit
        assertProblem(post("/cohorts/pha-rea-2023/participants", """
                {"orgId":"HOSP-1","orgName":"Hospital","orgType":"HOSPITAL","occurredOn":"2023-03-05"}"""),
                409, "orgType");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPeriodThatHasNotEndedAnswers409AndAValueOutsideItsUnitAnswers400() throws Exception {
        assertCreated(post("/cohorts/pha-rea-2023/metrics", """
                {"metricId":"M-ON-TIME","version":"1.0","name":"% of invoices paid within 30 days","unit":"PERCENT",
                 "polarity":"HIGHER_IS_BETTER","frequency":"QUARTER","aggregation":"MEDIAN_OF_ORGS",
                 "occurredOn":"2023-08-01"}"""));
        String series = "/participants/" + participantId + "/metrics/M-ON-TIME";
        assertCreated(post(series + "/baseline", """
                {"period":"2023-Q2","value":40,"source":"AP system","occurredOn":"2023-08-10"}"""));
        long before = storedEvents();
        assertProblem(post(series + "/observations", """
                {"period":"2099-Q1","value":55,"source":"AP system","occurredOn":"2023-10-20"}"""), 409, "period");
        assertProblem(post(series + "/observations", """
                {"period":"2023-Q3","value":140,"source":"AP system","occurredOn":"2023-10-20"}"""), 400, "value");
        assertProblem(post(series + "/target", """
                {"byPeriod":"2024-Q4","value":120,"occurredOn":"2023-10-20"}"""), 400, "value");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anInstrumentVersionIsPublishedOnlyWhenCompleteAndNeverChangesAfterwards() throws Exception {
        String v = "/instruments/CP-SA-IT/versions/1.0";
        assertCreated(post("/instruments", """
                {"instrumentId":"CP-SA-IT","version":"1.0","programId":"pha-rea","title":"Placeholder (test)",
                 "occurredOn":"2023-02-01"}"""));
        assertCreated(post(v + "/domains", """
                {"domainKey":"D5_PAYMENT","title":"Payment","occurredOn":"2023-02-01"}"""));
        assertCreated(post(v + "/items", """
                {"itemKey":"D5.1","domainKey":"D5_PAYMENT","text":"Advance-payment authority","required":true,
                 "occurredOn":"2023-02-01"}"""));
        long before = storedEvents();
        assertProblem(post(v + "/publication", "{\"occurredOn\":\"2023-02-01\"}"), 409, "scale");
        assertProblem(post(v + "/scale", """
                {"levels":[{"code":"0","label":"Not at all","value":0}],"occurredOn":"2023-02-01"}"""), 400, "levels");
        assertProblem(post(v + "/items", """
                {"itemKey":"D5.2","domainKey":"D5_PAYMENT","text":"x","weight":0,"occurredOn":"2023-02-01"}"""),
                400, "weight");
        assertProblem(post("/cohorts/pha-rea-2023/instruments", """
                {"instrumentId":"CP-SA-IT","version":"1.0","administrations":["BASELINE"],
                 "occurredOn":"2023-03-01"}"""), 409, "version");
        assertThat(storedEvents()).isEqualTo(before);
        assertCreated(post(v + "/scale", """
                {"levels":[{"code":"0","label":"Not at all","value":0},{"code":"1","label":"Some","value":1}],
                 "occurredOn":"2023-02-01"}"""));
        assertCreated(post(v + "/scoring-rule", """
                {"rule":"MEAN_OF_ITEMS","occurredOn":"2023-02-01"}"""));
        assertCreated(post(v + "/publication", "{\"occurredOn\":\"2023-02-15\"}"));
        before = storedEvents();
        assertProblem(post(v + "/domains", """
                {"domainKey":"D9","title":"Late addition","occurredOn":"2023-03-01"}"""), 409, "version");
        assertThat(storedEvents()).isEqualTo(before);
        assertCreated(post("/cohorts/pha-rea-2023/instruments", """
                {"instrumentId":"CP-SA-IT","version":"1.0","administrations":["BASELINE","ENDLINE"],
                 "occurredOn":"2023-03-01"}"""));
    }

    /**
     * A target nobody can be granted (it does not exist) is refused like one the caller holds no grant for: 403, so
     * that whether an organisation is enrolled cannot be probed. Inside a target the admin may act on (for the
     * operator's admin: every program), unknown entities answer 404 naming the field.
     */
    @Test
    void unknownTargetsAreRefusedAndAppendNothing() throws Exception {
        long before = storedEvents();
        assertProblem(post("/participants/" + UUID.randomUUID() + "/goals", """
                {"title":"t","targetDate":"2024-06-30","successCriteria":["a"],"ownerRole":"FINANCE",
                 "occurredOn":"2023-07-12"}"""), 403, null);
        assertProblem(post("/cohorts/no-such-cohort/participants", """
                {"orgId":"LHJ-Z","orgName":"Z","orgType":"LHJ_COUNTY","occurredOn":"2023-03-05"}"""), 403, null);
        String unknownProgram = """
                {"programId":"no-such-program","label":"x","region":"r","startDate":"2023-01-01",
                 "endDate":"2023-12-31","minTeamSize":1,"maxTeamSize":5,"requiredRoles":[],
                 "occurredOn":"2023-01-01"}""";
        // a team member holds no program role anywhere: refused before anything is looked up
        assertProblem(post("/cohorts", unknownProgram,
                "Authorization", "Bearer " + TestIdentity.tokens().userToken("lhj-a-member")), 403, null);
        // the operator's admin acts on every program, so for it the unknown program is named
        assertProblem(post("/cohorts", unknownProgram), 404, "programId");
        assertProblem(post("/cohorts/pha-rea-2023/sessions/s-unknown/held", "{\"occurredOn\":\"2023-04-01\"}"),
                404, null);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** An id of 100 kB (in the body: 400) and an unknown one of 6 kB (in the path: 403) each log one short line. */
    @Test
    void unknownHugeIdsLogOneShortLineWithoutAStackTraceAndAreEchoedCutShort() throws Exception {
        String marker = "p" + UUID.randomUUID().toString().replace("-", "");
        // the first request of the context also logs the servlet's initialisation
        post("/programs", "{}");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        HttpResponse<String> inBody;
        HttpResponse<String> inPath;
        try {
            inBody = post("/cohorts/pha-rea-2023/sessions/s-unknown/attendance", """
                    {"participantId":"%s","attendeeCount":3,"attendeeRoles":[],"occurredOn":"2023-04-01"}"""
                    .formatted(marker + "x".repeat(100_000)));
            inPath = post("/participants/" + marker + "y".repeat(6_000) + "/goals", """
                    {"title":"t","targetDate":"2024-06-30","successCriteria":["a"],"ownerRole":"FINANCE",
                     "occurredOn":"2023-07-12"}""");
        } finally {
            root.detachAppender(logged);
        }
        assertProblem(inBody, 400, "participantId");   // ids are bounded: refused before anything is looked up
        assertProblem(inPath, 403, null);    // an unknown participant cannot be covered by any grant
        for (HttpResponse<String> response : List.of(inBody, inPath)) {
            assertThat(response.body().length()).as("problem size").isLessThan(1_500);
        }
        List<ILoggingEvent> requestLines = logged.list.stream()
                .filter(e -> e.getThreadName().startsWith("http-nio")).toList();
        assertThat(requestLines).as("one line per request").hasSize(2);
        assertThat(requestLines).allSatisfy(line -> {
            assertThat(line.getThrowableProxy()).as("stack trace of " + line.getLoggerName()).isNull();
            assertThat(line.getFormattedMessage()).matches("refused 40[03] .*");
            assertThat(line.getFormattedMessage().length()).as("line length").isLessThan(1_000);
        });
        assertThat(logged.list).noneMatch(e -> e.getFormattedMessage().contains("x".repeat(Echo.MAX + 1))
                || e.getFormattedMessage().contains("y".repeat(Echo.MAX + 1)));
    }

    @Test
    void openApiAndPrometheusAreServed() throws Exception {
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("/participants/{participantId}/goals").doesNotContain("X-Actor")
                .contains("X-Correlation-Id").contains("\"bearerFormat\":\"JWT\"");
        post("/programs", "{}");
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/health/liveness")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Bearer " + TestIdentity.admin()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("accelerator_commands_seconds_count").contains("accelerator_events_published");
    }

    /**
     * Every command documents an example body and its headers (Idempotency-Key and its 422 among them), and every
     * example is valid input: posted by the program admin against this test's program, cohort, participant,
     * instrument and recommendation (unknown sub-entities otherwise), it gets past authorization and validation (404
     * or 409, or 201 where it creates something), never 400.
     */
    @Test
    void everyCommandHasADocumentedExampleThatIsValidInput() throws Exception {
        // a cohort and participant of their own: the examples close a cohort and withdraw a participant, which must
        // not end the other tests' ones
        assertCreated(post("/cohorts", """
                {"cohortId":"pha-rea-ex","programId":"pha-rea","label":"examples","region":"Southern California",
                 "startDate":"2023-03-01","endDate":"2023-12-31","minTeamSize":1,"maxTeamSize":8,
                 "requiredRoles":[],"occurredOn":"2023-02-01"}"""));
        HttpResponse<String> enrolled = post("/cohorts/pha-rea-ex/participants", """
                {"orgId":"LHJ-A","orgName":"LHJ-A (placeholder)","orgType":"LHJ_COUNTY","occurredOn":"2023-03-01"}""");
        assertCreated(enrolled);
        String examplesParticipant = enrolled.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        post("/instruments", """
                {"instrumentId":"CP-SA-EX","version":"1.0","programId":"pha-rea","title":"Placeholder (examples)",
                 "occurredOn":"2023-02-01"}""");
        post("/cohorts/pha-rea-ex/recommendations", """
                {"recommendationId":"rec-ex","title":"t","policyArea":"p","text":"t","occurredOn":"2023-11-16"}""");
        Map<String, String> placed = Map.of("programId", "pha-rea", "cohortId", "pha-rea-ex",
                "participantId", examplesParticipant, "instrumentId", "CP-SA-EX", "version", "1.0",
                "recommendationId", "rec-ex");
        JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(http.send(
                HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("paths");
        List<String> commands = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode post = path.getValue().get("post");
            if (post == null || path.getKey().startsWith("/publishing/")) {
                continue; // operator actions (republish) are not commands: no body, no events of their own
            }
            commands.add(path.getKey());
            JsonNode example = post.path("requestBody").path("content").path("application/json").get("example");
            assertThat(example).as("example of POST " + path.getKey()).isNotNull();
            assertThat(post.path("parameters").toString()).as("headers of POST " + path.getKey())
                    .contains("\"Idempotency-Key\"").contains("\"X-Correlation-Id\"").doesNotContain("X-Actor");
            assertThat(post.path("responses").has("422")).as("422 of POST " + path.getKey()).isTrue();
            String target = java.util.regex.Pattern.compile("\\{([A-Za-z]+)}").matcher(path.getKey())
                    .replaceAll(m -> placed.getOrDefault(m.group(1), "unknown-" + m.group(1)));
            HttpResponse<String> response = post(target, example.toString());
            assertThat(response.statusCode()).as("POST " + target + " " + example + " -> " + response.body())
                    .isIn(201, 404, 409);
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(57);
    }

    private static void assertCreated(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
        if (field != null) {
            assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** As the program admin, unless the headers bring another Authorization. */
    private HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (!List.of(headers).contains("Authorization")) {
            request.header("Authorization", "Bearer " + TestIdentity.admin());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
