package org.equityaccelerator.local.scale;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.equityaccelerator.infra.InJvmKafka;
import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.infra.identity.LocalAuthorizationServer;
import org.equityaccelerator.infra.identity.TokenClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-service and two query-service processes against one PostgreSQL and one broker, a 6-partition topic,
 * concurrent load through both writers: every acknowledged command takes effect once, both readers serve the same
 * views, and the views equal a rebuild from the topic. Then the disaster-recovery drill: the topic is lost
 * (deleted and recreated), republished from the event store, the views rebuilt from it with equal checksums; and the
 * event store is backed up and restored with its hash chain intact ({@link EventStoreBackup}). Figures go to
 * target/scale-it/drill-figures.txt. Every call carries a real token of {@value #ADMIN}, the bootstrap admin of the
 * load's program, which the services are told is the operator's (so it may also republish, rebuild and swap).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutAndRecoveryIT {
    static final String TOPIC = "scale-it.events";
    static final String ADMIN = "pha-admin-1";
    final LocalInfra infra = LocalInfra.shared();
    /** A broker of its own that never creates a topic by itself, as production brokers must be (README, "Topic"). */
    InJvmKafka broker;
    String bootstrap;
    final JsonMapper json = JsonMapper.builder().build();
    final DrillFigures figures = new DrillFigures();
    final List<ServiceProcess> writers = new ArrayList<>();
    final List<ServiceProcess> readers = new ArrayList<>();
    String commandsDb;
    ScaleLoad load;

    @BeforeAll
    void startTwoWritersAndTwoReaders() throws Exception {
        broker = InJvmKafka.start(Files.createTempDirectory(Path.of("target"), "scale-it-kafka").toAbsolutePath(), 0,
                Map.of("auto.create.topics.enable", "false"));
        bootstrap = broker.bootstrapServers();
        // the events topic with more partitions than the services' default; command-service creates the access topic
        createTopic();
        commandsDb = infra.database("scale_commands");
        TokenClient tokens = LocalAuthorizationServer.shared().tokens();
        Supplier<String> token = () -> tokens.userToken(ADMIN);
        // the local profile accepts the local default passwords of the services' own roles
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP", bootstrap, "KAFKA_TOPIC", TOPIC,
                "OIDC_ISSUER_URI", LocalAuthorizationServer.shared().issuer(), "SPRING_PROFILES_ACTIVE", "local",
                "ACCESS_OPERATOR_PROGRAM", ScaleLoad.PROGRAM);
        for (int i = 1; i <= 2; i++) {
            Map<String, String> env = new java.util.HashMap<>(common);
            env.putAll(Map.of("COMMAND_DB_URL", commandsDb, "DB_OWNER_USER", infra.username(),
                    "DB_OWNER_PASSWORD", infra.password(), "KAFKA_PARTITIONS", "6",
                    "ACCESS_BOOTSTRAP_ADMINS", ADMIN + "@" + ScaleLoad.PROGRAM));
            writers.add(ServiceProcess.start("command-service", "command-" + i, "COMMAND_PORT", env, token));
            Map<String, String> readerEnv = new java.util.HashMap<>(common);
            readerEnv.putAll(Map.of("QUERY_DB_URL", infra.database("scale_queries"), "DB_USER", infra.username(),
                    "DB_PASSWORD", infra.password()));
            readers.add(ServiceProcess.start("query-service", "query-" + i, "QUERY_PORT", readerEnv, token));
        }
        writers.forEach(ServiceProcess::awaitReady);
        readers.forEach(ServiceProcess::awaitReady);
        load = new ScaleLoad(writers);
    }

    @AfterAll
    void stopAll() throws Exception {
        for (ServiceProcess p : writers) {
            p.close();
        }
        for (ServiceProcess p : readers) {
            p.close();
        }
        broker.close();
        figures.write();
    }

    @Test
    @Order(1)
    void underConcurrentLoadThroughTwoWritersEveryCommandTakesEffectOnceOnBothReaders() throws Exception {
        long started = System.nanoTime();
        ScaleLoad.Outcome outcome = load.run(12, 3, 4, 8);
        figures.add("load", "%d commands acknowledged through 2 writers by 8 clients in %.1f s, %d conflicts retried",
                outcome.acknowledged(), (System.nanoTime() - started) / 1e9, outcome.conflictsRetried());
        for (ServiceProcess reader : readers) {
            for (String cohort : outcome.cohorts()) {
                await(reader.name + " shows " + cohort).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                        .until(() -> {
                            var view = reader.get("/cohorts/" + cohort + "/progress");
                            if (view.statusCode() != 200) {
                                return false;
                            }
                            JsonNode v = json.readTree(view.body());
                            return v.get("participantsEnrolled").asInt() == 4 && v.get("sessions").size() == 3;
                        });
            }
        }
        assertThat(readers.get(0).get("/cohorts/" + outcome.cohorts().get(0) + "/progress").body())
                .isEqualTo(readers.get(1).get("/cohorts/" + outcome.cohorts().get(0) + "/progress").body());
        JsonNode rebuild = rebuildAndAwaitEqualChecksums(readers.get(1));
        figures.add("rebuild after load", "%d events, %d ms, checksums equal to live",
                rebuild.get("eventsDone").asLong(), rebuild.get("elapsedMillis").asLong());
    }

    @Test
    @Order(2)
    void theTopicIsLostRepublishedFromTheEventStoreAndTheViewsRebuiltWithEqualChecksums() throws Exception {
        long stored = EventStoreBackup.countPublished(commandsDb, infra.username(), infra.password());
        // the publisher is reset on one instance: scale the writers down to one first (README, "Backup and recovery")
        writers.remove(1).close();
        long lost = System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.deleteTopics(List.of(TOPIC)).all().get(60, TimeUnit.SECONDS);
            await("topic deleted").atMost(Duration.ofMinutes(1))
                    .until(() -> !admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(TOPIC));
        }
        createTopic();
        ServiceProcess writer = writers.get(0);
        assertThat(writer.post("/publishing/republish", "{}").statusCode()).isEqualTo(202);
        await("every stored event republished").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> writer.get("/actuator/health/publishing").body().contains("\"publisherLagEvents\":0"));
        double republishSeconds = (System.nanoTime() - lost) / 1e9;
        figures.add("topic loss", "%d stored events republished to the recreated topic in %.1f s (from deletion)",
                stored, republishSeconds);

        long rebuildStarted = System.nanoTime();
        JsonNode rebuild = rebuildAndAwaitEqualChecksums(readers.get(0));
        figures.add("rebuild from the republished topic", "%d events read, rebuild %d ms, until equal %.1f s; "
                        + "participant %s, regional %s", rebuild.get("eventsDone").asLong(),
                rebuild.get("elapsedMillis").asLong(), (System.nanoTime() - rebuildStarted) / 1e9,
                rebuild.get("checksums").get("participantLive").asString().substring(0, 12),
                rebuild.get("checksums").get("regionalLive").asString().substring(0, 12));
        assertThat(rebuild.get("eventsDone").asLong()).isGreaterThanOrEqualTo(stored);
        assertThat(readers.get(0).post("/projections/rebuild/swap", "{}").statusCode()).isEqualTo(200);

        // life goes on after the drill: a new command reaches both readers through the recreated topic
        String cohort = load.openCohort("scale-after-drill");
        for (ServiceProcess reader : readers) {
            await(reader.name + " shows the cohort opened after the drill").atMost(Duration.ofMinutes(1))
                    .until(() -> reader.get("/cohorts/" + cohort + "/progress").statusCode() == 200);
        }
    }

    @Test
    @Order(3)
    void theEventStoreIsBackedUpAndRestoredWithItsHashChainIntact() throws Exception {
        EventStoreBackup.Result result = EventStoreBackup.backUpAndRestore(infra, commandsDb, "scale_restored");
        figures.add("event store backup and restore", "%d events, %d bytes, dump %d ms, restore %d ms, chain verified"
                        + " in %d ms (%s)", result.events(), result.bytes(), result.dumpMillis(), result.restoreMillis(),
                result.verifyMillis(), result.method());
        assertThat(result.chainIntact()).isTrue();
        assertThat(result.hashesEqualToSource()).isTrue();
        assertThat(result.events()).isEqualTo(EventStoreBackup.count(commandsDb, infra.username(), infra.password()));
    }

    private void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1).configs(Map.of("retention.ms", "-1"))))
                    .all().get(60, TimeUnit.SECONDS);
            await("topic with 6 partitions").atMost(Duration.ofMinutes(1)).ignoreExceptions()
                    .until(() -> admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS)
                            .get(TOPIC).partitions().stream().filter(p -> p.leader() != null).count() == 6);
        }
    }

    private JsonNode rebuildAndAwaitEqualChecksums(ServiceProcess reader) throws Exception {
        assertThat(reader.post("/projections/rebuild", "{}").statusCode()).isEqualTo(202);
        JsonNode[] status = new JsonNode[1];
        try {
            await(reader.name + " rebuild equal to live").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        status[0] = json.readTree(reader.get("/projections/rebuild").body());
                        JsonNode c = status[0].get("checksums");
                        return "COMPLETED".equals(status[0].get("state").asString())
                                && status[0].get("liveAtSamePosition").asBoolean() && c != null && !c.isNull()
                                && c.get("participantLive").equals(c.get("participantRebuilt"))
                                && c.get("regionalLive").equals(c.get("regionalRebuilt"))
                                && c.get("positionsLive").equals(c.get("positionsRebuilt"));
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(reader.name + ": rebuild not equal to live; last status " + status[0], e);
        }
        return status[0];
    }
}
