package org.equityaccelerator.local.access;

import org.equityaccelerator.command.CommandServiceApplication;
import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.infra.identity.LocalAuthorizationServer;
import org.equityaccelerator.infra.identity.TokenClient;
import org.equityaccelerator.local.LocalStack;
import org.equityaccelerator.local.ServiceConfig;
import org.equityaccelerator.query.QueryServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

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
 * The fixture (program pha-rea, cohort pha-rea-2023, participants LHJ-A and LHJ-B, the callers' grants) is set up by
 * the bootstrap program admin. The matrix is printed to the test output and to target/authorization-matrix.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {
    final HttpClient http = HttpClient.newHttpClient();
    LocalInfra infra;
    LocalAuthorizationServer issuer;
    ConfigurableApplicationContext commands;
    ConfigurableApplicationContext queries;
    TokenClient tokens;
    String commandUrl;
    String queryUrl;
    String lhjA;

    @BeforeAll
    void securedStackWithFixture() throws Exception {
        infra = LocalInfra.start(LocalInfra.chooseModeForLocalRun(), 0, 0);
        issuer = LocalAuthorizationServer.start(0);
        tokens = issuer.tokens();
        String[] common = {"--accelerator.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--server.port=0", "--accelerator.security.enforce=true",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
                "--accelerator.access.operator-program=pha-rea"};
        commands = CommandServiceApplication.start(concat(common, ServiceConfig.locationOf(CommandServiceApplication.class),
                "--spring.datasource.url=" + infra.database("commands"),
                "--spring.flyway.user=" + infra.username(), "--spring.flyway.password=" + infra.password(),
                "--accelerator.access.bootstrap-admins=pha-admin-1@pha-rea,other-admin-1@other-program"));
        queries = QueryServiceApplication.start(concat(common, ServiceConfig.locationOf(QueryServiceApplication.class),
                "--spring.datasource.url=" + infra.database("queries"),
                "--spring.datasource.username=" + infra.username(), "--spring.datasource.password=" + infra.password(),
                "--spring.autoconfigure.exclude=" + String.join(",", LocalStack.commandSideAutoConfigurations())));
        commandUrl = "http://localhost:" + commands.getEnvironment().getProperty("local.server.port");
        queryUrl = "http://localhost:" + queries.getEnvironment().getProperty("local.server.port");
        new MatrixFixture(commandUrl, tokens.userToken("pha-admin-1")).create();
        lhjA = MatrixFixture.participantId("LHJ-A");
        // the query side decides on what it has applied: wait until it knows the fixture and the grants
        await().atMost(Duration.ofSeconds(60)).until(() ->
                get(queryUrl + "/participants/" + lhjA + "/progress", tokens.userToken("lhj-a-member")) == 200
                        && get(queryUrl + "/cohorts/pha-rea-2023/progress", tokens.partnerToken()) == 200);
    }

    @AfterAll
    void stop() {
        if (queries != null) {
            queries.close();
        }
        if (commands != null) {
            commands.close();
        }
        if (issuer != null) {
            issuer.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @Test
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

    private long storedEvents() {
        try (Connection c = DriverManager.getConnection(infra.database("commands"), infra.username(), infra.password());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from domainevententry")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int get(String uri, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
