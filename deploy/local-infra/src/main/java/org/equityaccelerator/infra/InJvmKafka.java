package org.equityaccelerator.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka (KRaft, broker and controller combined) running inside this JVM, from kafka_2.13. The log
 * directory survives {@link #stop()}, so the broker can be restarted on the same ports with its data: that is how the
 * tests show that a broker restart loses nothing.
 */
public final class InJvmKafka implements AutoCloseable {
    private final Path logDir;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private InJvmKafka(Path logDir, int brokerPort, int controllerPort, Map<String, String> overrides) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.overrides = overrides;
    }

    /**
     * Starts the broker on the given port (0 = any free port) with the data in {@code logDir}, formatting the directory
     * first when it holds no broker yet.
     */
    public static InJvmKafka start(Path logDir, int brokerPort) throws Exception {
        return start(logDir, brokerPort, Map.of());
    }

    /** As {@link #start(Path, int)}, with broker settings of its own (e.g. auto.create.topics.enable=false). */
    public static InJvmKafka start(Path logDir, int brokerPort, Map<String, String> overrides) throws Exception {
        InJvmKafka kafka = new InJvmKafka(logDir, brokerPort == 0 ? Ports.free() : brokerPort, Ports.free(), overrides);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            kafka.format();
        }
        kafka.startServer();
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Restarts a stopped broker with the data it had. */
    public synchronized void restart() throws Exception {
        if (server != null) {
            throw new IllegalStateException("broker is running");
        }
        startServer();
    }

    /** Stops the broker the way a controlled shutdown does; the data stays for {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }

    private void format() throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private synchronized void startServer() throws Exception {
        Files.createDirectories(logDir);
        server = new KafkaRaftServer(config(), Time.SYSTEM);
        server.startup();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    private KafkaConfig config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // events are the record of a public program: keep them (partners and rebuilds read from the start)
        p.put("log.retention.ms", "-1");
        p.putAll(overrides);
        return KafkaConfig.fromProps(p, false);
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it is a temporary directory
        }
    }
}
