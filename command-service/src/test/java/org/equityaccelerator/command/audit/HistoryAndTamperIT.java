package org.equityaccelerator.command.audit;

import org.equityaccelerator.command.TestIdentity;

import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auditors' side of command-service: history, NDJSON export, hash-chain verification, and the grants. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=audit-it.events"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryAndTamperIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static String url;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        url = INFRA.database("audit_it");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.flyway.user", INFRA::username);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        TestIdentity.register(registry);
    }

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    String participant;

    @BeforeAll
    void someHistory() throws Exception {
        // the auditor of the operator's program (the bootstrap admin's) reads every program's history
        post("/programs/" + TestIdentity.PROGRAM + "/grants", """
                {"subject":"auditor-1","role":"AUDITOR","scopeId":"%s"}""".formatted(TestIdentity.PROGRAM));
        post("/programs", """
                {"programId":"sni-recop","name":"SNI Racial Equity Community of Practice","convener":"SNI",
                 "focusAreas":["racial_equity_care"],"participantOrgTypes":["PUBLIC_HEALTH_CARE_SYSTEM"],
                 "occurredOn":"2021-10-01"}""");
        post("/cohorts", """
                {"cohortId":"sni-2021","programId":"sni-recop","label":"2021-23","region":"California",
                 "startDate":"2021-10-01","endDate":"2023-06-30","minTeamSize":3,"maxTeamSize":5,"requiredRoles":[],
                 "occurredOn":"2021-10-01"}""");
        participant = json.readTree(post("/cohorts/sni-2021/participants", """
                {"orgId":"PHCS-1","orgName":"System 1","orgType":"PUBLIC_HEALTH_CARE_SYSTEM","occurredOn":"2021-11-01"}""")
        ).get("id").asString();
        post("/participants/" + participant + "/change-team", "{\"occurredOn\":\"2021-11-15\"}");
        post("/participants/" + participant + "/change-team/members", """
                {"memberRef":"phcs1-m1","role":"DEI","department":"Equity office","occurredOn":"2021-11-15"}""");
        post("/participants/" + participant + "/goals", """
                {"goalId":"sni-goal-1","title":"Pilot an equity lens in quality improvement","targetDate":"2023-06-30",
                 "successCriteria":["pilot run in two clinics"],"ownerRole":"DEI","occurredOn":"2022-05-10"}""");
    }

    @Test
    void historyOfAnAggregateShowsEveryEventWithTimesActorAndChain() throws Exception {
        JsonNode events = json.readTree(get("/history/aggregates/" + participant).body());
        assertThat(events.size()).isEqualTo(4);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
            assertThat(events.get(i).get("hash").asString()).hasSize(64);
            assertThat(events.get(i).get("actor").asString()).isEqualTo(TestIdentity.ADMIN);
            assertThat(events.get(i).get("recordedAt").asString()).isNotBlank();
            assertThat(events.get(i).get("causationId").asString()).isNotBlank();
        }
        JsonNode goal = events.get(3);
        assertThat(goal.get("eventType").asString()).isEqualTo("org.equityaccelerator.goal.committed.v1");
        assertThat(goal.get("payloadType").asString()).isEqualTo("org.equityaccelerator.events.GoalCommitted");
        assertThat(goal.get("occurredOn").asString()).isEqualTo("2022-05-10");
        assertThat(goal.get("payload").get("title").asString()).isEqualTo("Pilot an equity lens in quality improvement");
        assertThat(goal.get("globalPosition").asLong()).isGreaterThan(events.get(2).get("globalPosition").asLong());
        // an aggregate no grant can cover (it does not exist) is refused like one outside the auditor's programs
        assertThat(get("/history/aggregates/nobody").statusCode()).isEqualTo(403);
    }

    @Test
    void theWholeLogExportsAsNdjsonPageByPage() throws Exception {
        HttpResponse<String> all = get("/history/events?from=0");
        assertThat(all.headers().firstValue("content-type")).hasValue("application/x-ndjson");
        List<String> lines = all.body().lines().toList();
        assertThat(lines).hasSize((int) count());
        long third = json.readTree(lines.get(2)).get("globalPosition").asLong();
        List<String> page = get("/history/events?from=" + third + "&limit=2").body().lines().toList();
        assertThat(page).containsExactly(lines.get(2), lines.get(3));
        assertThat(get("/history/events?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theServiceRoleCannotUpdateOrDeleteEventsAndTheOwnerIsStoppedByTheTrigger() throws Exception {
        try (Connection app = DriverManager.getConnection(url, "accelerator_app", "accelerator_app")) {
            assertThatThrownBy(() -> app.createStatement().executeUpdate("update domainevententry set payload = payload"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("delete from domainevententry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection auditor = DriverManager.getConnection(url, "accelerator_auditor", "accelerator_auditor")) {
            assertThatThrownBy(() -> auditor.createStatement().executeUpdate(
                    "insert into tokenentry (processorname, segment) values ('x', 0)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection owner = owner()) {
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("delete from domainevententry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void oneChangedByteIsFoundAndNamedAndAnUntouchedStoreVerifiesClean() throws Exception {
        assertThat(json.readTree(get("/history/verify").body()).get("intact").asBoolean()).isTrue();
        assertThat(VerifyLog.run(url, "accelerator_auditor", "accelerator_auditor")).isZero();

        String eventId;
        long sequence;
        try (Connection dba = owner()) {
            var rs = dba.createStatement().executeQuery("select eventidentifier, sequencenumber from domainevententry "
                    + "where aggregateidentifier = '" + participant + "' and sequencenumber = 2");
            rs.next();
            eventId = rs.getString(1);
            sequence = rs.getLong(2);
            flipFirstByteOfPayload(dba, eventId);
        }
        try {
            JsonNode report = json.readTree(get("/history/verify").body());
            assertThat(report.get("intact").asBoolean()).isFalse();
            JsonNode broken = report.get("firstBroken");
            assertThat(broken.get("eventId").asString()).isEqualTo(eventId);
            assertThat(broken.get("aggregateId").asString()).isEqualTo(participant);
            assertThat(broken.get("sequence").asLong()).isEqualTo(sequence);
            assertThat(VerifyLog.run(url, "accelerator_auditor", "accelerator_auditor")).isEqualTo(1);
        } finally {
            try (Connection dba = owner()) {
                flipFirstByteOfPayload(dba, eventId); // xor again: the original byte
            }
        }
        assertThat(json.readTree(get("/history/verify").body()).get("intact").asBoolean()).isTrue();
    }

    /** What only a superuser can do: switch triggers off and edit a row in place. */
    private static void flipFirstByteOfPayload(Connection dba, String eventId) throws SQLException {
        dba.createStatement().execute("set session_replication_role = replica");
        dba.createStatement().executeUpdate("update domainevententry set payload = set_byte(payload, 0, "
                + "get_byte(payload, 0) # 1) where eventidentifier = '" + eventId + "'");
        dba.createStatement().execute("set session_replication_role = origin");
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url, INFRA.username(), INFRA.password());
    }

    private long count() throws SQLException {
        try (Connection c = owner(); var rs = c.createStatement().executeQuery("select count(*) from domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestIdentity.tokens().userToken("auditor-1")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + TestIdentity.admin())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }
}
