package org.equityaccelerator.local.bench;

import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.SessionScheduled;
import org.equityaccelerator.events.TeamMemberAdded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Realistic event streams in bulk for the benchmarks: cohorts of 50 participants, each participant's stream 20 events
 * (enrolment, team of 4, baseline and endline, 8 goals, 5 process changes).
 */
final class SyntheticCohorts {
    static final String[] ROLES = {"EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER",
            "CONTRACTING_PROCUREMENT_OFFICER", "FINANCE"};
    static final String[] STAGES = {"PAYMENT", "ACCESS_SUBMISSION", "SOLICITATION_DESIGN", "OUTREACH_TA"};
    private Instant clock = Instant.parse("2023-03-01T09:00:00Z");

    private SyntheticCohorts() {
    }

    /** Emits at least {@code events} events, cohort by cohort. */
    static void generate(long events, Consumer<EventEnvelope> sink) {
        new SyntheticCohorts().run(events, sink);
    }

    private void run(long events, Consumer<EventEnvelope> sink) {
        long emitted = 0;
        for (int c = 0; emitted < events; c++) {
            String cohort = "bench-cohort-" + c;
            long seq = 0;
            sink.accept(envelope(new CohortOpened(cohort, "bench", "2023", "Region " + c, LocalDate.of(2023, 3, 1),
                    LocalDate.of(2023, 12, 31), 3, 8, List.of(ROLES[0], ROLES[1]), LocalDate.of(2023, 2, 1)), seq++));
            for (int s = 1; s <= 9; s++) {
                sink.accept(envelope(new SessionScheduled(cohort, "bench", "S" + s, s, "Session " + s,
                        LocalDate.of(2023, 3 + s / 2, 1), "MONTH", LocalDate.of(2023, 2, 1)), seq++));
            }
            emitted += 10;
            for (int p = 0; p < 50 && emitted < events; p++) {
                emitted += participant(cohort, "ORG-" + c + "-" + p, sink);
            }
        }
    }

    private int participant(String cohort, String org, Consumer<EventEnvelope> sink) {
        String id = UUID.nameUUIDFromBytes((cohort + "/" + org).getBytes()).toString();
        LocalDate march = LocalDate.of(2023, 3, 2);
        List<AcceleratorEvent> stream = new java.util.ArrayList<>();
        stream.add(new ParticipantEnrolled(id, cohort, "bench", org, org, "LHJ_COUNTY", LocalDate.of(2023, 3, 1)));
        stream.add(new ChangeTeamFormed(id, cohort, "bench", march));
        for (int r = 0; r < ROLES.length; r++) {
            stream.add(new TeamMemberAdded(id, cohort, "bench", org + "-m" + r, ROLES[r], "Dept", march));
        }
        for (String administration : new String[]{"BASELINE", "ENDLINE"}) {
            stream.add(new AssessmentCompleted(id, cohort, "bench", org + "-" + administration, "CP-SA-DEMO", "1.0",
                    administration, Map.of("D1", new BigDecimal("1.25"), "D2", new BigDecimal("2.00")),
                    new BigDecimal("1.63"), LocalDate.of(2023, 4, 20)));
        }
        for (int g = 0; g < 8; g++) {
            stream.add(new GoalCommitted(id, cohort, "bench", org + "-g" + g, "Goal " + g, LocalDate.of(2024, 6, 30),
                    List.of("criterion"), ROLES[g % 4], LocalDate.of(2023, 7, 12)));
        }
        for (int pc = 0; pc < 5; pc++) {
            stream.add(new ProcessChangeRecorded(id, cohort, "bench", org + "-pc" + pc, "CHANGE_" + pc,
                    STAGES[pc % STAGES.length], "change " + pc, "IMPLEMENTED", pc % 2 == 0, LocalDate.of(2023, 9, 1)));
        }
        for (int i = 0; i < stream.size(); i++) {
            sink.accept(envelope(stream.get(i), i));
        }
        return stream.size();
    }

    private EventEnvelope envelope(AcceleratorEvent data, long sequence) {
        clock = clock.plusMillis(10);
        return EventEnvelope.of(UUID.randomUUID().toString(), clock, sequence, "user:bench", "corr", "cause", data);
    }
}
