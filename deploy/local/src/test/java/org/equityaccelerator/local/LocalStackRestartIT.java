package org.equityaccelerator.local;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack keeps its data: started as a separate process on a data directory, stopped with Ctrl-C (SIGINT) and
 * restarted, then killed with kill -9 right after commands were acknowledged and restarted again.
 */
class LocalStackRestartIT {
    final HttpClient http = HttpClient.newHttpClient();
    final Path dataDir = Path.of("target", "restart-it-data").toAbsolutePath();
    final Path logs = Path.of("target", "restart-it-logs").toAbsolutePath();

    @Test
    void dataSurviveCtrlCAndKillMinus9AndTheDemoIsLoadedOnlyOnce() throws Exception {
        LocalStackProcess first = LocalStackProcess.start(logs.resolve("1-reset-demo.log"),
                "--data-dir=" + dataDir, "--reset");
        assertThat(first.banner()).contains("demo loaded").contains("Data in " + dataDir);
        long demoEvents = eventCount(first);
        assertThat(demoEvents).isGreaterThan(100);
        assertThat(first.interrupt()).isIn(0, 130);

        LocalStackProcess second = LocalStackProcess.start(logs.resolve("2-after-sigint.log"),
                "--data-dir=" + dataDir);
        assertThat(second.banner()).doesNotContain("demo loaded");
        assertThat(eventCount(second)).isEqualTo(demoEvents);
        assertThat(get(second, second.queryUrl() + "/cohorts/" + DemoData.COHORT + "/progress").body())
                .contains("\"participantsEnrolled\":9");
        try (Connection c = DriverManager.getConnection(second.postgresUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
        }
        // acknowledged, then the JVM is killed at once: no shutdown hook, publisher possibly behind
        assertThat(post(second, "/programs", """
                {"programId":"kill9-program","name":"Program acknowledged before kill -9","convener":"Test",
                 "focusAreas":["contracting_procurement"],"participantOrgTypes":["LHJ_COUNTY"],
                 "occurredOn":"2024-02-01"}""")).isEqualTo(201);
        assertThat(post(second, "/cohorts", """
                {"cohortId":"kill9-cohort","programId":"kill9-program","label":"2024","region":"Test",
                 "startDate":"2024-03-01","endDate":"2024-12-31","minTeamSize":3,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP"],"occurredOn":"2024-02-01"}""")).isEqualTo(201);
        second.kill();

        LocalStackProcess third = LocalStackProcess.start(logs.resolve("3-after-kill9.log"),
                "--data-dir=" + dataDir);
        try {
            assertThat(third.banner()).doesNotContain("demo loaded");
            assertThat(eventCount(third)).isEqualTo(demoEvents + 2);
            assertThat(get(third, third.commandUrl() + "/history/verify").body()).contains("\"intact\":true");
            await("the cohort acknowledged before kill -9 in the regional view").atMost(Duration.ofMinutes(1))
                    .until(() -> get(third, third.queryUrl() + "/cohorts/kill9-cohort/progress").statusCode() == 200);
            assertThat(get(third, third.queryUrl() + "/cohorts/" + DemoData.COHORT + "/progress").body())
                    .contains("\"participantsEnrolled\":9");
        } finally {
            third.interrupt();
        }
    }

    private long eventCount(LocalStackProcess stack) throws Exception {
        String body = get(stack, stack.commandUrl() + "/history/events?from=1&limit=100000").body();
        return body.lines().filter(l -> !l.isBlank()).count();
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** As the bootstrap program admin (pha-rea is the operator's program), signed in to this run's issuer. */
    private HttpResponse<String> get(LocalStackProcess stack, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + stack.tokens().userToken("pha-admin-1")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int post(LocalStackProcess stack, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.commandUrl() + path))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + stack.tokens().userToken("pha-admin-1"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
