package org.equityaccelerator.command.access;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.equityaccelerator.access.GrantRecord;
import org.equityaccelerator.access.RoleRevoked;
import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.command.TestIdentity;
import org.equityaccelerator.infra.identity.TokenClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Grants as events and enforcement on command-service, with tokens from the real local authorization server: the
 * bootstrap admin sets up a program and its people; a team lead acts on its own participant only; a revoked grant
 * permits nothing after the revocation; grant events reach the internal access topic and never the partner topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=access-it.events",
                "accelerator.kafka.access-topic=access-it.access"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {
    @Autowired BootstrapAdmins bootstrapAdmins;
    static final LocalInfra INFRA = LocalInfra.shared();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("access_it"));
        registry.add("spring.flyway.user", INFRA::username);
        registry.add("spring.flyway.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        TestIdentity.register(registry);
        registry.add("accelerator.access.bootstrap-admins", () -> "pha-admin-1@pha-rea,other-admin-1@other-program");
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final TokenClient tokens = TestIdentity.tokens();
    final JsonMapper json = JsonMapper.builder().build();
    String lhjA;
    String lhjB;

    @BeforeAll
    void programWithTwoParticipants() throws Exception {
        String admin = tokens.userToken("pha-admin-1");
        assertThat(post(admin, "/programs", """
                {"programId":"pha-rea","name":"PHA Regional Equity Accelerator","convener":"PHA SoCal",
                 "focusAreas":["contracting_procurement"],"participantOrgTypes":["LHJ_COUNTY"],
                 "occurredOn":"2023-01-15"}""").statusCode()).isEqualTo(201);
        assertThat(post(admin, "/cohorts", """
                {"cohortId":"pha-rea-2023","programId":"pha-rea","label":"2023","region":"Southern California",
                 "startDate":"2023-03-01","endDate":"2023-12-31","minTeamSize":1,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP"],"occurredOn":"2023-02-01"}""").statusCode()).isEqualTo(201);
        lhjA = enrol(admin, "LHJ-A");
        lhjB = enrol(admin, "LHJ-B");
        grant(admin, "lhj-a-lead", "TEAM_LEAD", lhjA, 201);
    }

    @Test
    void withoutATokenNothingIsRecorded() throws Exception {
        long before = storedEvents();
        HttpResponse<String> anonymous = post(null, "/participants/" + lhjA + "/goal-drafts",
                "{\"title\":\"t\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("www-authenticate").orElse("")).startsWith("Bearer");
        HttpResponse<String> forged = post("not-a-token", "/participants/" + lhjA + "/goal-drafts",
                "{\"title\":\"t\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTeamLeadActsOnItsOwnParticipantOnlyAndIsRecordedAsTheActor() throws Exception {
        String lead = tokens.userToken("lhj-a-lead");
        HttpResponse<String> own = post(lead, "/participants/" + lhjA + "/goal-drafts",
                "{\"goalId\":\"g-1\",\"title\":\"Advance payments\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}",
                "X-Actor", "user:pha-admin-1");
        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select convert_from(metadata, 'UTF8') from domainevententry "
                + "where aggregateidentifier = ? order by sequencenumber desc limit 1", String.class, lhjA))
                .contains("\"actor\":\"lhj-a-lead\"").doesNotContain("pha-admin-1");

        long before = storedEvents();
        HttpResponse<String> other = post(lead, "/participants/" + lhjB + "/goal-drafts",
                "{\"title\":\"t\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("\"status\":403");
        assertThat(post(tokens.userToken("other-admin-1"), "/cohorts/pha-rea-2023/sessions", """
                {"sessionId":"S1","seq":1,"title":"t","scheduledFor":"2023-03-01","occurredOn":"2023-02-01"}""")
                .statusCode()).isEqualTo(403);
        assertThat(post(tokens.partnerToken(), "/participants/" + lhjA + "/goal-drafts",
                "{\"title\":\"t\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}").statusCode()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRevokedGrantPermitsNothingAfterTheRevocationAndTheHistoryShowsWhoHeldWhatWhen() throws Exception {
        String admin = tokens.userToken("pha-admin-1");
        String member = tokens.userToken("lhj-b-member");
        grant(admin, "lhj-b-member", "TEAM_MEMBER", lhjB, 201);
        assertThat(post(member, "/participants/" + lhjB + "/goal-drafts",
                "{\"title\":\"before\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}").statusCode()).isEqualTo(201);
        Instant beforeRevocation = Instant.now();
        grant(admin, "lhj-b-member", "TEAM_MEMBER", lhjB, 409);   // held already
        assertThat(post(admin, "/programs/pha-rea/grants/revocation", grantBody("lhj-b-member", "TEAM_MEMBER", lhjB))
                .statusCode()).isEqualTo(201);

        long before = storedEvents();
        assertThat(post(member, "/participants/" + lhjB + "/goal-drafts",
                "{\"title\":\"after\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}").statusCode()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        JsonNode history = json.readTree(get(tokens.userToken("pha-admin-1"), "/programs/pha-rea/access-history").body());
        JsonNode period = find(history.get("periods"), "lhj-b-member");
        assertThat(period.get("grantedBy").asString()).isEqualTo("pha-admin-1");
        assertThat(period.get("revokedBy").asString()).isEqualTo("pha-admin-1");
        assertThat(Instant.parse(period.get("revokedAt").asString())).isAfter(beforeRevocation);
        assertThat(history.get("inEffect").toString()).doesNotContain("lhj-b-member");
        JsonNode asOfBefore = json.readTree(get(admin, "/programs/pha-rea/access-history?at=" + beforeRevocation).body());
        assertThat(asOfBefore.get("inEffect").toString()).contains("lhj-b-member");
        // the bootstrap admin's right is an event too
        assertThat(find(history.get("periods"), "pha-admin-1").get("grantedBy").asString()).isEqualTo("system:bootstrap");
        // not for a team member, nor for another program's admin
        assertThat(get(tokens.userToken("lhj-a-lead"), "/programs/pha-rea/access-history").statusCode()).isEqualTo(403);
        assertThat(get(tokens.userToken("other-admin-1"), "/programs/pha-rea/access-history").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLastAdminCannotBeRevokedAndAScopeMustBelongToTheProgram() throws Exception {
        String admin = tokens.userToken("pha-admin-1");
        HttpResponse<String> last = post(admin, "/programs/pha-rea/grants/revocation",
                grantBody("pha-admin-1", "PROGRAM_ADMIN", "pha-rea"));
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(last.body()).contains("last admin");
        assertThat(post(admin, "/programs/pha-rea/grants", grantBody("viewer-1", "VIEWER", "no-such-cohort"))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> email = post(admin, "/programs/pha-rea/grants",
                grantBody("jane.doe@county.gov", "VIEWER", "pha-rea-2023"));
        assertThat(email.statusCode()).isEqualTo(400);
        assertThat(email.body()).contains("subject");
    }

    @Test
    void grantEventsGoToTheAccessTopicAndNeverToThePartnerTopic() throws Exception {
        String admin = tokens.userToken("pha-admin-1");
        grant(admin, "reviewer-1", "REVIEWER", "pha-rea-2023", 201);
        assertThat(post(admin, "/programs/pha-rea/grants/revocation", grantBody("reviewer-1", "REVIEWER",
                "pha-rea-2023")).statusCode()).isEqualTo(201);
        List<GrantRecord> access = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer("access-it.access")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    assertThat(r.key()).isIn("pha-rea", "other-program");
                    access.add(GrantRecord.fromJson(r.value()));
                }
                return access.stream().anyMatch(g -> g.event() instanceof RoleRevoked rr
                        && rr.subject().equals("reviewer-1"));
            });
        }
        try (KafkaConsumer<String, String> consumer = consumer("access-it.events")) {
            List<String> partner = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> partner.add(r.value()));
                return partner.stream().anyMatch(v -> v.contains("participant.enrolled"));
            });
            assertThat(String.join("\n", partner)).doesNotContain("reviewer-1", "RoleGranted", "TEAM_LEAD");
        }
    }

    @Test
    void oversizedBodiesAndUnboundedCorrelationIdsAreRefusedNamingTheFieldAndAppendNothing() throws Exception {
        String lead = tokens.userToken("lhj-a-lead");
        long before = storedEvents();
        HttpResponse<String> big = post(lead, "/participants/" + lhjA + "/goal-drafts",
                "{\"title\":\"" + "x".repeat(200_000) + "\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}");
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("\"field\":\"body\"");
        HttpResponse<String> correlation = post(lead, "/participants/" + lhjA + "/goal-drafts",
                "{\"title\":\"t\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}", "X-Correlation-Id", "c".repeat(65));
        assertThat(correlation.statusCode()).isEqualTo(400);
        assertThat(correlation.body()).contains("X-Correlation-Id");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private String enrol(String token, String org) throws Exception {
        HttpResponse<String> enrolled = post(token, "/cohorts/pha-rea-2023/participants",
                "{\"orgId\":\"" + org + "\",\"orgName\":\"" + org + " (placeholder)\",\"orgType\":\"LHJ_COUNTY\","
                        + "\"occurredOn\":\"2023-03-01\"}");
        assertThat(enrolled.statusCode()).isEqualTo(201);
        String id = json.readTree(enrolled.body()).get("id").asString();
        assertThat(post(token, "/participants/" + id + "/change-team", "{\"occurredOn\":\"2023-03-02\"}")
                .statusCode()).isEqualTo(201);
        return id;
    }

    /** A bootstrap admin the program's admins revoked is not granted again by the next start. */
    @Test
    void aRevokedBootstrapAdminStaysRevokedAcrossRestarts() throws Exception {
        String operatorAdmin = tokens.userToken("pha-admin-1");   // the operator program's admin acts on every program
        assertThat(post(operatorAdmin, "/programs/other-program/grants",
                grantBody("other-admin-2", "PROGRAM_ADMIN", "other-program")).statusCode()).isEqualTo(201);
        assertThat(post(operatorAdmin, "/programs/other-program/grants/revocation",
                grantBody("other-admin-1", "PROGRAM_ADMIN", "other-program")).statusCode()).isEqualTo(201);

        bootstrapAdmins.run(null);   // what the next start does with other-admin-1@other-program still configured

        JsonNode history = json.readTree(get(operatorAdmin, "/programs/other-program/access-history").body());
        assertThat(history.get("inEffect").toString()).contains("other-admin-2").doesNotContain("other-admin-1");
        assertThat(history.get("periods").toString().split("other-admin-1", -1)).as("one period of other-admin-1")
                .hasSize(2);
    }

    private void grant(String token, String subject, String role, String scopeId, int expected) throws Exception {
        HttpResponse<String> response = post(token, "/programs/pha-rea/grants", grantBody(subject, role, scopeId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    }

    private static String grantBody(String subject, String role, String scopeId) {
        return "{\"subject\":\"" + subject + "\",\"role\":\"" + role + "\",\"scopeId\":\"" + scopeId + "\"}";
    }

    private static JsonNode find(JsonNode periods, String subject) {
        for (JsonNode p : periods) {
            if (p.get("subject").asString().equals(subject)) {
                return p;
            }
        }
        throw new AssertionError("no grant period of " + subject + " in " + periods);
    }

    private KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", INFRA.kafkaBootstrapServers(), "group.id", "access-it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest", "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
