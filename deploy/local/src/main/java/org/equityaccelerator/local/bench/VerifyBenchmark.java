package org.equityaccelerator.local.bench;

import org.equityaccelerator.command.CommandServiceApplication;
import org.equityaccelerator.command.audit.EventChainVerifier;
import org.equityaccelerator.infra.LocalInfra;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Benchmark harness (not a test): appending with the hash-chain trigger, and verifying the whole chain.
 * <pre>
 * java -cp deploy/local/target/local-stack.jar -Dloader.main=org.equityaccelerator.local.bench.VerifyBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [EVENTS, default 1000000]
 * </pre>
 * Events are inserted by SQL in streams of 20 (as a participant's would be), with payloads of realistic size.
 */
public final class VerifyBenchmark {
    private VerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (LocalInfra infra = LocalInfra.start(LocalInfra.Mode.EMBEDDED, 0, 0)) {
            String url = infra.database("bench_commands");
            // the service's own migrations create the event store, the chain trigger and the roles
            CommandServiceApplication.start("--server.port=0", "--spring.profiles.active=local",
                    org.equityaccelerator.local.ServiceConfig.locationOf(CommandServiceApplication.class), "--spring.datasource.url=" + url,
                    "--spring.flyway.user=" + infra.username(), "--spring.flyway.password=" + infra.password(),
                    "--accelerator.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                    "--axon.eventhandling.processors.kafka-publisher.enabled=false", "--logging.level.root=WARN").close();
            try (Connection owner = DriverManager.getConnection(url, infra.username(), infra.password())) {
                long t0 = System.nanoTime();
                for (long from = 0; from < events; from += 100_000) {
                    owner.createStatement().executeUpdate("""
                            insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                   payload, payloadtype, timestamp, metadata)
                            select 'participant-' || (g / 20), g %% 20, 'Participant', gen_random_uuid()::text,
                                   convert_to('{"participantId":"participant-' || (g / 20) || '","cohortId":"c",'
                                     || '"programId":"p","goalId":"g-' || g || '","title":"Offer advance payment on all '
                                     || 'new small-CBO awards","targetDate":"2024-06-30","successCriteria":["80%% by '
                                     || '2024-Q2"],"ownerRole":"CONTRACTING_PROCUREMENT_OFFICER","occurredOn":'
                                     || '"2023-07-12"}', 'UTF8'),
                                   'org.equityaccelerator.events.GoalCommitted', '2023-07-12T17:45:03.120Z',
                                   convert_to('{"actor":"user:bench","traceId":"t","correlationId":"c"}', 'UTF8')
                              from generate_series(%d, %d) g order by g""".formatted(from,
                            Math.min(events, from + 100_000) - 1));
                }
                double appendSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("appended %d events with the hash-chain trigger in %.1f s = %.0f events/s%n",
                        events, appendSeconds, events / appendSeconds);
            }
            try (Connection auditor = DriverManager.getConnection(url, "accelerator_auditor", "accelerator_auditor")) {
                EventChainVerifier.Report report = EventChainVerifier.verify(auditor);
                System.out.printf("verify: intact=%s, %d events of %d aggregates in %d ms = %.0f events/s%n",
                        report.intact(), report.eventsChecked(), report.aggregates(), report.elapsedMillis(),
                        report.eventsChecked() * 1000.0 / Math.max(1, report.elapsedMillis()));
            }
        } finally {
            org.axonframework.messaging.timeout.AxonTaskJanitor.INSTANCE.shutdown();
        }
    }
}
