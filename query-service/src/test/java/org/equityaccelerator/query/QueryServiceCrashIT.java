package org.equityaccelerator.query;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kill -9 of query-service in the middle of a stream, then a restart: every view, position and count must be
 * identical to those of an uninterrupted run over the same topic, and a rebuild from the full log must reproduce
 * the restarted service's live checksums.
 */
class QueryServiceCrashIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final String TOPIC = "crash-it.events";
    static final Path LOGS = Path.of("target", "crash-it");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void viewsAfterAKillAndRestartEqualThoseOfAnUninterruptedRun() throws Exception {
        TestEvents first = new TestEvents("pha-rea", "crash-cohort").cohort("EXECUTIVE_LEADERSHIP", "FINANCE");
        for (int i = 0; i < 300; i++) {
            first.participant(String.format("LHJ-%03d", i), i % 4, "EXECUTIVE_LEADERSHIP", "FINANCE", "DEI");
        }
        TestEvents later = new TestEvents("pha-rea", "crash-cohort-b").cohort("FINANCE");
        for (int i = 0; i < 20; i++) {
            later.participant(String.format("LHJ-B%02d", i), 1, "FINANCE");
        }
        long total = first.events().size() + later.events().size();
        TestAccess.grant(INFRA.kafkaBootstrapServers(), TOPIC + ".access");    // the admin asks for the rebuild

        String crashDb = INFRA.database("crash_run");
        String referenceDb = INFRA.database("crash_reference");
        try (TopicWriter topic = new TopicWriter(INFRA.kafkaBootstrapServers(), TOPIC)) {
            topic.write(first.events());

            ServiceProcess reference = start(referenceDb, "crash-reference", "reference.log", 0);
            ServiceProcess crashing = start(crashDb, "crash-run", "crash-run-1.log", 0);
            long appliedAtKill;
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                        .until(() -> applied(crashDb) >= 300);
                crashing.kill();
                appliedAtKill = applied(crashDb);
            } finally {
                crashing.close();
            }
            System.out.printf("killed after %d of %d events%n", appliedAtKill, first.events().size());
            assertThat(appliedAtKill).as("killed mid-stream").isBetween(1L, (long) first.events().size() - 1);

            // while it is down: more events, and a redelivery of what it had already applied
            topic.write(later.events());
            topic.write(first.events().subList(0, 500));

            int port = freePort();
            try (ServiceProcess restarted = start(crashDb, "crash-run", "crash-run-2.log", port)) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .until(() -> applied(crashDb) == total && applied(referenceDb) == total);
                // the redelivered records come after the new ones on their partitions: wait until all are consumed
                await().atMost(Duration.ofSeconds(60)).until(() -> consumedAll(crashDb) && consumedAll(referenceDb));

                // rebuild from the full log, next to the live tables of the restarted service, and compare
                HttpResponse<String> started = http("POST", port, "/projections/rebuild");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
                JsonNode rebuilt = await().atMost(Duration.ofSeconds(60)).until(
                        () -> JSON.readTree(http("GET", port, "/projections/rebuild").body()),
                        status -> !status.get("state").asString().equals("RUNNING"));
                System.out.println("rebuild after crash: " + rebuilt);
                assertThat(rebuilt.get("state").asString()).isEqualTo("COMPLETED");
                assertThat(rebuilt.get("eventsDone").asLong()).isEqualTo(total + 500); // the log holds the redelivery
                assertThat(rebuilt.get("liveAtSamePosition").asBoolean()).isTrue();
                JsonNode sums = rebuilt.get("checksums");
                assertThat(sums.get("participantRebuilt").asString()).isEqualTo(sums.get("participantLive").asString());
                assertThat(sums.get("regionalRebuilt").asString()).isEqualTo(sums.get("regionalLive").asString());
                assertThat(sums.get("positionsRebuilt").asString()).isEqualTo(sums.get("positionsLive").asString());
            } finally {
                reference.close();
            }
        }
        assertThat(rows(crashDb, "select participant_id, view::text from participant_progress order by 1"))
                .hasSize(320)
                .isEqualTo(rows(referenceDb, "select participant_id, view::text from participant_progress order by 1"));
        assertThat(rows(crashDb, "select cohort_id, view::text from regional_progress order by 1"))
                .hasSize(2)
                .isEqualTo(rows(referenceDb, "select cohort_id, view::text from regional_progress order by 1"));
        assertThat(rows(crashDb, "select aggregate_id, last_sequence::text from aggregate_position order by 1"))
                .isEqualTo(rows(referenceDb, "select aggregate_id, last_sequence::text from aggregate_position order by 1"));
        assertThat(rows(crashDb, "select view->>'eventsApplied' from regional_progress order by cohort_id"))
                .containsExactly(String.valueOf(first.events().size()), String.valueOf(later.events().size()));
    }

    private static ServiceProcess start(String jdbcUrl, String group, String log, int port) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + INFRA.username(), "--spring.datasource.password=" + INFRA.password(),
                "--accelerator.kafka.bootstrap-servers=" + INFRA.kafkaBootstrapServers(),
                "--accelerator.kafka.topic=" + TOPIC, "--accelerator.kafka.group-id=" + group,
                // small batches: many transactions, so that the kill lands between and inside them
                "--accelerator.kafka.max-poll-records=10"));
        args.addAll(TestAccess.arguments(TOPIC + ".access"));
        return ServiceProcess.start(QueryServiceApplication.class, LOGS.resolve(log), args.toArray(String[]::new));
    }

    private static HttpResponse<String> http(String method, int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestAccess.admin()).method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Distinct events applied so far (sequences start at 0). */
    private static long applied(String jdbcUrl) throws Exception {
        List<String> sum = rows(jdbcUrl, "select coalesce(sum(last_sequence + 1), 0)::text, '' "
                + "from aggregate_position");
        return Long.parseLong(sum.get(0).split("\t")[0]);
    }

    /** Stored offsets have reached the end of every partition of the topic. */
    private static boolean consumedAll(String jdbcUrl) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers()))) {
            var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions();
            var request = new java.util.HashMap<org.apache.kafka.common.TopicPartition,
                    org.apache.kafka.clients.admin.OffsetSpec>();
            partitions.forEach(p -> request.put(new org.apache.kafka.common.TopicPartition(TOPIC, p.partition()),
                    org.apache.kafka.clients.admin.OffsetSpec.latest()));
            var ends = admin.listOffsets(request).all().get();
            List<String> stored = rows(jdbcUrl, "select partition::text, next_offset::text from consumer_offset "
                    + "where topic = '" + TOPIC + "' order by 1");
            List<String> expected = new ArrayList<>();
            ends.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(
                            java.util.Comparator.comparingInt(org.apache.kafka.common.TopicPartition::partition)))
                    .forEach(e -> expected.add(e.getKey().partition() + "\t" + e.getValue().offset()));
            return stored.equals(expected);
        }
    }

    private static List<String> rows(String jdbcUrl, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, INFRA.username(), INFRA.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder(rs.getString(1));
                for (int i = 2; i <= columns; i++) {
                    row.append('\t').append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (org.postgresql.util.PSQLException e) {
            if (e.getMessage().contains("does not exist")) {
                return List.of("0\t");   // the service has not migrated its schema yet
            }
            throw e;
        }
        return rows;
    }
}
