package org.equityaccelerator.local.access;

import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.infra.identity.TokenClient;
import org.equityaccelerator.local.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorization matrix of issue 9: every endpoint of both services, enumerated from their OpenAPI documents, for
 * ten callers with real tokens from the local authorization server (PKCE sign-in, client credentials for the partner).
 * The stack is the local one (the same configuration as the run command); the fixture (program pha-rea, cohort
 * pha-rea-2023, participants LHJ-A and LHJ-B, the callers' grants) is set up by the bootstrap program admin. The
 * matrix is printed to the test output and to target/authorization-matrix.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {
    final HttpClient http = HttpClient.newHttpClient();
    LocalStack stack;
    TokenClient tokens;
    String commandUrl;
    String queryUrl;
    String lhjA;

    @BeforeAll
    void stackWithFixture() throws Exception {
        stack = LocalStack.start(0, 0);
        tokens = stack.tokens();
        commandUrl = stack.commandUrl();
        queryUrl = stack.queryUrl();
        new MatrixFixture(commandUrl, tokens.userToken("pha-admin-1")).create();
        lhjA = MatrixFixture.participantId("LHJ-A");
        // the query side decides on what it has applied: wait until it knows the fixture and the grants
        await().atMost(Duration.ofSeconds(60)).until(() ->
                get(queryUrl + "/participants/" + lhjA + "/progress", tokens.userToken("lhj-a-member")) == 200
                        && get(queryUrl + "/cohorts/pha-rea-2023/progress", tokens.partnerToken()) == 200);
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    @Order(1)
    void everyEndpointOfBothServicesAnswersEveryCallerAsExpectedAndRefusedCommandsAppendNothing() throws Exception {
        Map<String, String> values = Map.ofEntries(Map.entry("participantId", lhjA),
                Map.entry("cohortId", "pha-rea-2023"), Map.entry("programId", "pha-rea"),
                Map.entry("recommendationId", "pha-rea-2023-rec-1"), Map.entry("instrumentId", "CP-SA-DEMO"),
                Map.entry("version", "1.0"), Map.entry("aggregateId", lhjA), Map.entry("sessionId", "S1"),
                Map.entry("goalId", "g-1"), Map.entry("processChangeId", "pc-1"), Map.entry("barrierId", "b-1"),
                Map.entry("assessmentId", "a-1"), Map.entry("itemKey", "D1.1"), Map.entry("metricId", "M-1"),
                Map.entry("period", "2023-Q1"), Map.entry("memberRef", "m-1"));
        AuthorizationMatrix commandSide = new AuthorizationMatrix("command-service");
        commandSide.run(commandUrl, ExpectedAccess.commandSide(), values, tokens, this::storedEvents);
        AuthorizationMatrix querySide = new AuthorizationMatrix("query-service");
        querySide.run(queryUrl, ExpectedAccess.querySide(), values, tokens, this::storedEvents);

        String printed = commandSide.print() + "\n" + querySide.print();
        System.out.println(printed);
        Files.writeString(Path.of("target", "authorization-matrix.txt"), printed);
        assertThat(commandSide.rows).hasSizeGreaterThanOrEqualTo(63);
        assertThat(querySide.rows).hasSizeGreaterThanOrEqualTo(10);
        assertThat(commandSide.problems).as(printed).isEmpty();
        assertThat(querySide.problems).as(printed).isEmpty();
    }

    @Test
    @Order(2)
    void healthProbesAreOpenAndPrometheusNeedsAToken() throws Exception {
        for (String service : new String[]{commandUrl, queryUrl}) {
            assertThat(get(service + "/actuator/health/readiness", null)).isEqualTo(200);
            assertThat(get(service + "/actuator/prometheus", null)).isEqualTo(401);
            assertThat(get(service + "/actuator/prometheus", tokens.partnerToken())).isEqualTo(200);
        }
    }

    /** Revoked at T: refused on the command side from T on, on the query side as soon as it read the revocation. */
    @Test
    @Order(3)
    void aRevokedGrantPermitsNothingAfterwardsOnEitherSide() throws Exception {
        String member = tokens.userToken("lhj-b-member");
        String lhjB = MatrixFixture.participantId("LHJ-B");
        assertThat(get(queryUrl + "/participants/" + lhjB + "/progress", member)).isEqualTo(200);
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(commandUrl
                        + "/programs/pha-rea/grants/revocation")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.userToken("pha-admin-1"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subject":"lhj-b-member","role":"TEAM_MEMBER","scopeId":"%s"}""".formatted(lhjB))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(201);
        long before = storedEvents();
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(commandUrl + "/participants/" + lhjB
                        + "/goal-drafts")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + member)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"tags\":[],\"occurredOn\":\"2023-07-01\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get(queryUrl + "/participants/" + lhjB + "/progress", member) == 403);
    }

    private long storedEvents() {
        LocalInfra infra = stack.infra();
        try (Connection c = DriverManager.getConnection(infra.database("commands"), infra.username(), infra.password());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from domainevententry")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int get(String uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

}
