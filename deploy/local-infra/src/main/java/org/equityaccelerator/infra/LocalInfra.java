package org.equityaccelerator.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One PostgreSQL server and one Kafka broker, both real.
 * <ul>
 *   <li>{@link Mode#DOCKER}: Testcontainers (postgres, apache/kafka-native), when a Docker engine answers;</li>
 *   <li>{@link Mode#EMBEDDED}: zonky embedded PostgreSQL (binaries from Maven Central) and {@link InJvmKafka}.</li>
 * </ul>
 * Choose with {@code -Dinfra.mode=docker|embedded} (env {@code INFRA_MODE}); the default is Docker if present.
 */
public final class LocalInfra implements AutoCloseable {
    public enum Mode { DOCKER, EMBEDDED }

    private static LocalInfra shared;

    private final Mode mode;
    private final String postgresUrlPrefix;
    private final String username;
    private final String password;
    private final String kafkaBootstrapServers;
    private final InJvmKafka inJvmKafka;
    private final List<AutoCloseable> resources;

    private LocalInfra(Mode mode, String postgresUrlPrefix, String username, String password,
                       String kafkaBootstrapServers, InJvmKafka inJvmKafka, List<AutoCloseable> resources) {
        this.mode = mode;
        this.postgresUrlPrefix = postgresUrlPrefix;
        this.username = username;
        this.password = password;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.inJvmKafka = inJvmKafka;
        this.resources = resources;
    }

    /** One infrastructure per JVM (tests share it; each test class uses its own databases and topics). */
    public static synchronized LocalInfra shared() {
        if (shared == null) {
            shared = start(chooseMode(), 0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-infra-shutdown"));
        }
        return shared;
    }

    public static Mode chooseMode() {
        String forced = System.getProperty("infra.mode", System.getenv("INFRA_MODE"));
        if (forced != null && !forced.isBlank()) {
            return Mode.valueOf(forced.trim().toUpperCase());
        }
        return dockerAvailable() ? Mode.DOCKER : Mode.EMBEDDED;
    }

    /** The local stack runs embedded unless told otherwise: it must work with nothing but a JDK and Maven. */
    public static Mode chooseModeForLocalRun() {
        String forced = System.getProperty("infra.mode", System.getenv("INFRA_MODE"));
        return forced == null || forced.isBlank() ? Mode.EMBEDDED : Mode.valueOf(forced.trim().toUpperCase());
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param postgresPort fixed port for embedded PostgreSQL, 0 for any
     * @param kafkaPort    fixed port for the in-JVM broker, 0 for any
     */
    public static LocalInfra start(Mode mode, int postgresPort, int kafkaPort) {
        return mode == Mode.DOCKER ? startDocker() : startEmbedded(postgresPort, kafkaPort);
    }

    private static LocalInfra startDocker() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:17-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.2");
        Startables.deepStart(pg, kafka).join();
        String prefix = pg.getJdbcUrl().substring(0, pg.getJdbcUrl().lastIndexOf('/') + 1);
        return new LocalInfra(Mode.DOCKER, prefix, pg.getUsername(), pg.getPassword(), kafka.getBootstrapServers(),
                null, List.of(kafka, pg));
    }

    private static LocalInfra startEmbedded(int postgresPort, int kafkaPort) {
        try {
            return startEmbedded(Files.createTempDirectory("equity-accelerator-"), false, postgresPort, kafkaPort);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Embedded PostgreSQL and broker keeping their data in {@code dataDir} across restarts: PostgreSQL with fsync and
     * synchronous commit on (an acknowledged command survives a crash), the broker's log next to it. A PostgreSQL left
     * running by a killed JVM is stopped first (immediate mode, so the restart goes through crash recovery).
     */
    public static LocalInfra startPersistent(Path dataDir) {
        EmbeddedPostgresServer.stopOrphanedPostmaster(dataDir.resolve("pgdata"));
        return startEmbedded(dataDir, true, 0, 0);
    }

    private static LocalInfra startEmbedded(Path work, boolean persistent, int postgresPort, int kafkaPort) {
        // in parallel: PostgreSQL takes 1-3 s, the KRaft broker 4-5 s on 2 cores
        CompletableFuture<EmbeddedPostgres> pg = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedPostgresServer.start(work.resolve("pgdata"), persistent, postgresPort);
            } catch (Exception e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
        });
        CompletableFuture<InJvmKafka> kafka = CompletableFuture.supplyAsync(() -> {
            try {
                return InJvmKafka.start(work.resolve("kafka"), kafkaPort);
            } catch (Exception e) {
                throw new IllegalStateException("in-JVM Kafka did not start", e);
            }
        });
        EmbeddedPostgres postgres = pg.join();
        InJvmKafka broker = kafka.join();
        List<AutoCloseable> resources = new ArrayList<>(List.of(broker, postgres));
        if (!persistent) {
            resources.add(() -> InJvmKafka.deleteQuietly(work));
        }
        return new LocalInfra(Mode.EMBEDDED, "jdbc:postgresql://localhost:" + postgres.getPort() + "/",
                "postgres", "postgres", broker.bootstrapServers(), broker, resources);
    }

    public Mode mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Creates the database if needed and returns its JDBC URL. */
    public String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits, _: " + name);
        }
        try (Connection c = DriverManager.getConnection(postgresUrlPrefix + "postgres", username, password);
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return postgresUrlPrefix + name;
    }

    /**
     * The database of a service that owns it, for that service to log in as {@code role} rather than as the superuser
     * (query-service: {@code accelerator_query}, as deploy/sql/roles.sql sets it up): creates the login role (no
     * superuser, no CREATEDB, no CREATEROLE) and the database owned by it if needed, hands an existing one over with
     * its tables, and returns its JDBC URL.
     */
    public String databaseOwnedBy(String name, String role, String rolePassword) {
        DatabaseOwners.ensure(postgresUrlPrefix, username, password, name, role, rolePassword);
        return postgresUrlPrefix + name;
    }

    /**
     * Creates the topic (if it does not exist) and returns once every partition has a leader. Producing to a topic in
     * the instant after its creation can fail with NOT_LEADER, and an idempotent producer may then stall on sequence
     * errors until its delivery timeout.
     */
    public void createTopic(String topic, int partitions) {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of("bootstrap.servers", kafkaBootstrapServers))) {
            try {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, partitions, (short) 1)))
                        .all().get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                }
            }
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (true) {
                try {
                    var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                    if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    // not visible in the metadata yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + topic + " has partitions without a leader after 30 s");
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The in-JVM broker, for tests that stop and restart it; empty in Docker mode. */
    public java.util.Optional<InJvmKafka> inJvmKafka() {
        return java.util.Optional.ofNullable(inJvmKafka);
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[local-infra] close failed: " + e);
            }
        }
    }
}
