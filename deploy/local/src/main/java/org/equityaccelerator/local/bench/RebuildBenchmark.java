package org.equityaccelerator.local.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.local.LocalStack;
import org.equityaccelerator.query.QueryServiceApplication;
import org.equityaccelerator.query.projection.RebuildService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * Benchmark harness (not a test): how fast query-service projects a log live, and how fast it rebuilds it.
 * <pre>
 * java -cp deploy/local/target/local-stack.jar -Dloader.main=org.equityaccelerator.local.bench.RebuildBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [EVENTS, default 200000]
 * </pre>
 */
public final class RebuildBenchmark {
    private static final String TOPIC = "bench.events";

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        try (LocalInfra infra = LocalInfra.start(LocalInfra.Mode.EMBEDDED, 0, 0)) {
            long written = publish(infra, events);
            long t0 = System.nanoTime();
            ConfigurableApplicationContext query = QueryServiceApplication.start("--server.port=0",
                    "--spring.profiles.active=local",
                    org.equityaccelerator.local.ServiceConfig.locationOf(QueryServiceApplication.class),
                    "--spring.datasource.url=" + infra.database("bench_queries"),
                    "--spring.datasource.username=" + infra.username(),
                    "--spring.datasource.password=" + infra.password(),
                    "--accelerator.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                    "--accelerator.kafka.topic=" + TOPIC, "--logging.level.root=WARN",
                    "--spring.autoconfigure.exclude=" + String.join(",", LocalStack.commandSideAutoConfigurations()));
            try {
                JdbcTemplate jdbc = query.getBean(JdbcTemplate.class);
                long started = System.nanoTime();
                while (applied(jdbc) < written) {
                    Thread.sleep(50);
                }
                double liveSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("live projection: %d events in %.1f s = %.0f events/s (after %.1f s startup)%n",
                        written, liveSeconds, written / liveSeconds, (started - t0) / 1e9);

                // the harness drives the rebuild in-process: it measures the rebuild, not sign-in and HTTP (the
                // endpoint is for the operator's admins, and this benchmark runs no identity provider)
                RebuildService rebuild = query.getBean(RebuildService.class);
                if (!rebuild.start()) {
                    throw new IllegalStateException("a rebuild is already running");
                }
                RebuildService.Status status;
                do {
                    Thread.sleep(200);
                    status = rebuild.status();
                } while (status.state() == RebuildService.State.RUNNING);
                System.out.println("rebuild: " + status);
            } finally {
                query.close();
            }
        }
    }

    private static long publish(LocalInfra infra, long events) throws Exception {
        infra.createTopic(TOPIC, 3);
        CloudEventCodec codec = new CloudEventCodec();
        long[] count = {0};
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", infra.kafkaBootstrapServers(), "acks", "all", "linger.ms", 20,
                "batch.size", 256 * 1024, "compression.type", "lz4",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            SyntheticCohorts.generate(events, e -> {
                producer.send(new ProducerRecord<>(TOPIC, e.subject(), codec.encode(e)));
                count[0]++;
            });
            producer.flush();
        }
        System.out.printf("published %d events in %.1f s%n", count[0], (System.nanoTime() - t0) / 1e9);
        return count[0];
    }

    private static long applied(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(sum(last_sequence + 1), 0) from aggregate_position", Long.class);
    }
}
