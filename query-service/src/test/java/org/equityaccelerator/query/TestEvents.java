package org.equityaccelerator.query;

import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.AssessmentStarted;
import org.equityaccelerator.events.ItemResponseRecorded;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds realistic event streams for tests: one cohort and n participants, each with a team, goals, an assessment and
 * process changes. Sequences and recorded times are what the command side would assign.
 */
public final class TestEvents {
    private final String programId;
    private final String cohortId;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<EventEnvelope> events = new ArrayList<>();
    private Instant clock = Instant.parse("2023-03-01T09:00:00Z");

    public TestEvents(String programId, String cohortId) {
        this.programId = programId;
        this.cohortId = cohortId;
    }

    public List<EventEnvelope> events() {
        return events;
    }

    public EventEnvelope add(AcceleratorEvent data) {
        long seq = sequences.merge(data.aggregateId(), 0L, (old, zero) -> old + 1);
        clock = clock.plusSeconds(60);
        EventEnvelope e = EventEnvelope.of(UUID.randomUUID().toString(), clock, seq, "user:test", "corr", "cause", data);
        events.add(e);
        return e;
    }

    public TestEvents cohort(String... requiredRoles) {
        add(new CohortOpened(cohortId, programId, "2023", "Southern California", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 12, 31), 3, 8, List.of(requiredRoles), LocalDate.of(2023, 2, 1)));
        for (int s = 1; s <= 3; s++) {
            add(new SessionScheduled(cohortId, programId, "s" + s, s, "Session " + s, LocalDate.of(2023, 2 + s, 1),
                    "MONTH", LocalDate.of(2023, 2, 1)));
        }
        return this;
    }

    /** A participant with a team of the given roles, {@code goals} goals, a baseline and two process changes. */
    public String participant(String orgId, int goals, String... roles) {
        String id = UUID.nameUUIDFromBytes((cohortId + "/" + orgId).getBytes()).toString();
        add(new ParticipantEnrolled(id, cohortId, programId, orgId, orgId + " (placeholder)", "LHJ_COUNTY",
                LocalDate.of(2023, 3, 1)));
        add(new ChangeTeamFormed(id, cohortId, programId, LocalDate.of(2023, 3, 2)));
        for (int r = 0; r < roles.length; r++) {
            add(new TeamMemberAdded(id, cohortId, programId, "m-" + r, roles[r], "Dept " + r, LocalDate.of(2023, 3, 2)));
        }
        String assessment = "a-" + orgId;
        add(new AssessmentStarted(id, cohortId, programId, assessment, "CP-SA-DEMO", "1.0", "BASELINE", 3, 2,
                LocalDate.of(2023, 3, 20)));
        add(new ItemResponseRecorded(id, cohortId, programId, assessment, "D3.1", "D3_ACCESS", "1", 1, false, null,
                null, LocalDate.of(2023, 4, 10)));
        add(new ItemResponseRecorded(id, cohortId, programId, assessment, "D5.1", "D5_PAYMENT", "0", 0, false, null,
                null, LocalDate.of(2023, 4, 10)));
        add(new AssessmentCompleted(id, cohortId, programId, assessment, "CP-SA-DEMO", "1.0", "BASELINE",
                Map.of("D3_ACCESS", new BigDecimal("1.30"), "D5_PAYMENT", new BigDecimal("0.70")),
                new BigDecimal("1.00"), LocalDate.of(2023, 4, 20), 1, "MEAN_OF_ITEMS", "Not at all", 2, 0,
                Map.of("D3.1", BigDecimal.ONE, "D5.1", BigDecimal.ZERO), null));
        for (int g = 0; g < goals; g++) {
            add(new GoalCommitted(id, cohortId, programId, "g-" + orgId + "-" + g, "Goal " + g,
                    LocalDate.of(2024, 6, 30), List.of("criterion"), roles[0], LocalDate.of(2023, 7, 12)));
        }
        add(new ProcessChangeRecorded(id, cohortId, programId, "pc-" + orgId + "-1", "ADVANCE_PAYMENT", "PAYMENT",
                "advance for small CBOs", "PROPOSED", true, LocalDate.of(2023, 6, 14)));
        add(new ProcessChangeRecorded(id, cohortId, programId, "pc-" + orgId + "-2", "TRANSLATED_SOLICITATION",
                "ACCESS_SUBMISSION", "translated solicitations", "IMPLEMENTED", false, LocalDate.of(2023, 10, 1)));
        return id;
    }
}
