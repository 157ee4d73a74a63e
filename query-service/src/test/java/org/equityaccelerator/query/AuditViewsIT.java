package org.equityaccelerator.query;

import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.RegionalRecommendationDrafted;
import org.equityaccelerator.events.RegionalRecommendationEndorsed;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Test;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** As-of and known-at views, and rebuild-then-swap, on real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=local", "accelerator.kafka.topic=audit-views.events"})
class AuditViewsIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final String TOPIC = "audit-views.events";
    static final String VIEWER = "viewer-1";
    static final String AUDITOR = "auditor-1";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> INFRA.database("audit_views_it"));
        registry.add("spring.datasource.username", INFRA::username);
        registry.add("spring.datasource.password", INFRA::password);
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        TestAccess.arguments("audit-views.access").forEach(a -> registry.add(a.substring(2, a.indexOf('=')),
                () -> a.substring(a.indexOf('=') + 1)));
        TestAccess.grant(INFRA.kafkaBootstrapServers(), "audit-views.access", VIEWER, "VIEWER", "consent-cohort",
                AUDITOR, "AUDITOR", "pha-rea");
    }

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAsOfViewAtAPastDateEqualsTheLiveViewCapturedAtThatDate() throws Exception {
        // up to the end of October 2023 (business time), then November-December events recorded later
        TestEvents events = new TestEvents("pha-rea", "asof-cohort").cohort("EXECUTIVE_LEADERSHIP");
        String a = events.participant("LHJ-A", 1, "EXECUTIVE_LEADERSHIP");
        events.participant("LHJ-B", 2, "EXECUTIVE_LEADERSHIP", "FINANCE");
        List<EventEnvelope> untilOctober = List.copyOf(events.events());
        String lastRecordedBefore = untilOctober.get(untilOctober.size() - 1).time().toString();
        JsonNode regionalThen;
        JsonNode participantThen;
        try (TopicWriter topic = new TopicWriter(INFRA.kafkaBootstrapServers(), TOPIC)) {
            topic.write(untilOctober);
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsApplied("/cohorts/asof-cohort/progress")
                    == untilOctober.size());
            regionalThen = get("/cohorts/asof-cohort/progress");
            participantThen = get("/participants/" + a + "/progress");

            events.add(new GoalCommitted(a, "asof-cohort", "pha-rea", "g-late", "Late goal", LocalDate.of(2024, 6, 30),
                    List.of("c"), "EXECUTIVE_LEADERSHIP", LocalDate.of(2023, 11, 20)));
            events.add(new ProcessChangeRecorded(a, "asof-cohort", "pha-rea", "pc-late", "PROMPT_PAYMENT", "PAYMENT",
                    "15-day payment", "ADOPTED", false, LocalDate.of(2023, 12, 1)));
            events.add(new ParticipantEnrolled("late-joiner", "asof-cohort", "pha-rea", "LHJ-Z", "LHJ-Z", "LHJ_CITY",
                    LocalDate.of(2023, 11, 2)));
            topic.write(events.events().subList(untilOctober.size(), events.events().size()));
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsApplied("/cohorts/asof-cohort/progress")
                    == events.events().size());
        }
        assertThat(get("/cohorts/asof-cohort/progress")).isNotEqualTo(regionalThen);

        assertThat(get("/cohorts/asof-cohort/progress?asOf=2023-10-31")).isEqualTo(regionalThen);
        assertThat(get("/participants/" + a + "/progress?asOf=2023-10-31")).isEqualTo(participantThen);
        assertThat(get("/cohorts/asof-cohort/progress?knownAt=" + lastRecordedBefore)).isEqualTo(regionalThen);
        assertThat(get("/participants/" + a + "/progress?knownAt=" + lastRecordedBefore)).isEqualTo(participantThen);
        // today's knowledge of all of 2023 is the live view
        assertThat(get("/cohorts/asof-cohort/progress?asOf=2023-12-31")).isEqualTo(get("/cohorts/asof-cohort/progress"));
        assertThat(http.send(HttpRequest.newBuilder(uri("/cohorts/asof-cohort/progress?asOf=2023-02-30"))
                        .header("Authorization", "Bearer " + TestAccess.admin()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    /**
     * P consented to be named, endorsed a recommendation, then withdrew that consent: a viewer asking for a date in
     * between sees P no more named than today (rows, endorsers, CSV); admins and auditors see history as it was.
     */
    @Test
    void aConsentWithdrawnSinceHoldsForAnAsOfViewExceptForProgramStaff() throws Exception {
        TestEvents events = new TestEvents("pha-rea", "consent-cohort").cohort("FINANCE");
        String p = events.participant("LHJ-P", 1, "FINANCE");
        events.participant("LHJ-Q", 1, "FINANCE");
        events.participant("LHJ-R", 1, "FINANCE");
        events.add(new ConsentRecorded(p, "consent-cohort", "pha-rea", "REGIONAL_NAMED", "FINANCE",
                LocalDate.of(2023, 5, 1)));
        events.add(new RegionalRecommendationDrafted("r-consent", "consent-cohort", "pha-rea", "Advance payment",
                "payment", "text", 1, LocalDate.of(2023, 6, 1)));
        events.add(new RegionalRecommendationEndorsed("r-consent", "consent-cohort", "pha-rea", p, "LHJ-P", "FINANCE",
                LocalDate.of(2023, 6, 2)));
        events.add(new ConsentRecorded(p, "consent-cohort", "pha-rea", "AGGREGATE_ONLY", "FINANCE",
                LocalDate.of(2023, 11, 1)));
        try (TopicWriter topic = new TopicWriter(INFRA.kafkaBootstrapServers(), TOPIC)) {
            topic.write(events.events());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> eventsApplied("/cohorts/consent-cohort/progress")
                == events.events().size());
        String between = "/cohorts/consent-cohort/progress?asOf=2023-10-31";
        String viewer = TestAccess.tokens().userToken(VIEWER);

        for (String path : List.of("/cohorts/consent-cohort/progress", between, between.replace("progress",
                "progress.csv"))) {
            HttpResponse<String> served = send("GET", path, viewer);
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.body()).as(path).doesNotContain("LHJ-P", p);
        }
        JsonNode toViewer = json.readTree(send("GET", between, viewer).body());
        assertThat(toViewer.get("participants").propertyNames()).allMatch(key -> key.startsWith("anonymous-"));
        assertThat(toViewer.get("recommendations").get("r-consent").get("endorsedBy")).isEmpty();
        assertThat(toViewer.get("recommendations").get("r-consent").get("anonymousEndorsements").asInt()).isOne();

        for (String staff : List.of(TestAccess.admin(), TestAccess.tokens().userToken(AUDITOR))) {
            JsonNode asItWas = json.readTree(send("GET", between, staff).body());
            assertThat(asItWas.get("participants").get("LHJ-P (placeholder)").get("orgId").asString())
                    .isEqualTo("LHJ-P");
            assertThat(asItWas.get("recommendations").get("r-consent").get("endorsedBy").get(0).asString())
                    .isEqualTo("LHJ-P (placeholder)");
        }
    }

    @Test
    void aRebuildMatchesTheLiveChecksumsAndASwapLosesNothingPublishedMeanwhile() throws Exception {
        TestEvents events = new TestEvents("pha-rea", "swap-cohort").cohort("FINANCE");
        for (int i = 0; i < 30; i++) {
            events.participant("ORG-" + i, 2, "FINANCE");
        }
        List<EventEnvelope> before = List.copyOf(events.events());
        try (TopicWriter topic = new TopicWriter(INFRA.kafkaBootstrapServers(), TOPIC)) {
            topic.write(before);
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsApplied("/cohorts/swap-cohort/progress")
                    == before.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> !get("/projections/rebuild").get("state").asString()
                    .equals("RUNNING"));
            assertThat(send("POST", "/projections/rebuild").statusCode()).isEqualTo(202);
            JsonNode done = await().atMost(Duration.ofSeconds(60)).until(() -> get("/projections/rebuild"),
                    status -> !status.get("state").asString().equals("RUNNING"));
            assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
            assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong()).isPositive();
            assertThat(done.get("liveAtSamePosition").asBoolean()).isTrue();
            JsonNode sums = done.get("checksums");
            assertThat(sums.get("regionalRebuilt").asString()).isEqualTo(sums.get("regionalLive").asString());
            assertThat(sums.get("participantRebuilt").asString()).isEqualTo(sums.get("participantLive").asString());
            assertThat(sums.get("positionsRebuilt").asString()).isEqualTo(sums.get("positionsLive").asString());

            // published after the rebuild read the log: must still reach the views once the rebuilt tables are in
            events.participant("ORG-LATE", 1, "FINANCE");
            topic.write(events.events().subList(before.size(), events.events().size()));
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsApplied("/cohorts/swap-cohort/progress")
                    == events.events().size());
            assertThat(send("POST", "/projections/rebuild/swap").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsApplied("/cohorts/swap-cohort/progress")
                    == events.events().size());
            assertThat(get("/cohorts/swap-cohort/progress").get("participantsEnrolled").asInt()).isEqualTo(31);
            assertThat(send("POST", "/projections/rebuild/swap").statusCode()).isEqualTo(409);
        }
    }

    private long eventsApplied(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        return response.statusCode() == 200 ? json.readTree(response.body()).get("eventsApplied").asLong() : -1;
    }

    /**
     * The view without the figures computed for the date it is served for (overdue, days since check-in, missing
     * periods): a view captured back then was served for that day, the as-of view is served for its asOf, and a live
     * view today for today. Everything the folds produce must match.
     */
    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        JsonNode view = json.readTree(response.body());
        withoutServedFigures(view);
        return view;
    }

    private static void withoutServedFigures(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove(List.of("goalsOverdue", "overdue", "daysSinceLastCheckIn", "periodsMissing"));
        }
        node.forEach(AuditViewsIT::withoutServedFigures);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return send(method, path, TestAccess.admin());
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
