package org.equityaccelerator.local.scale;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent commands through several command-service instances, alternating between them: cohorts, their sessions
 * and enrolments, sent in parallel so that commands on the same cohort meet on different instances. A 409
 * concurrent-change is what a client retries; anything else but 201 fails the load.
 */
final class ScaleLoad {
    static final String PROGRAM = "scale-prog";
    private final List<ServiceProcess> writers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();

    record Outcome(List<String> cohorts, int acknowledged, int conflictsRetried) {
    }

    ScaleLoad(List<ServiceProcess> writers) throws Exception {
        this.writers = writers;
        send("/programs", """
                {"programId":"%s","name":"Scale-out program","convener":"Test",
                 "focusAreas":["contracting_procurement"],"participantOrgTypes":["LHJ_COUNTY"],
                 "occurredOn":"2023-01-15"}""".formatted(PROGRAM));
    }

    Outcome run(int cohorts, int sessions, int participants, int clients) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < cohorts; c++) {
            ids.add(openCohort("scale-c" + c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String cohort : ids) {
                for (int s = 1; s <= sessions; s++) {
                    int seq = s;
                    work.add(pool.submit(() -> send("/cohorts/" + cohort + "/sessions", """
                            {"sessionId":"S%d","seq":%d,"title":"Session %d","scheduledFor":"2023-0%d-01",
                             "datePrecision":"MONTH","occurredOn":"2023-02-01"}""".formatted(seq, seq, seq, seq + 2))));
                }
                for (int p = 0; p < participants; p++) {
                    String org = cohort + "-org-" + p;
                    work.add(pool.submit(() -> send("/cohorts/" + cohort + "/participants", """
                            {"orgId":"%s","orgName":"%s (placeholder)","orgType":"LHJ_COUNTY",
                             "occurredOn":"2023-03-01"}""".formatted(org, org))));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Outcome(ids, acknowledged.get(), conflicts.get());
    }

    String openCohort(String cohort) throws Exception {
        send("/cohorts", """
                {"cohortId":"%s","programId":"%s","label":"2023","region":"Test","startDate":"2023-03-01",
                 "endDate":"2023-12-31","minTeamSize":3,"maxTeamSize":8,"requiredRoles":["EXECUTIVE_LEADERSHIP"],
                 "occurredOn":"2023-02-01"}""".formatted(cohort, PROGRAM));
        return cohort;
    }

    private Void send(String path, String body) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            ServiceProcess writer = writers.get(Math.floorMod(next.getAndIncrement(), writers.size()));
            HttpResponse<String> response = writer.post(path, body);
            if (response.statusCode() == 201) {
                acknowledged.incrementAndGet();
                return null;
            }
            if (response.statusCode() != 409 || !response.body().contains("concurrent-change")) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            conflicts.incrementAndGet();
        }
        throw new IllegalStateException(path + " kept conflicting");
    }
}
