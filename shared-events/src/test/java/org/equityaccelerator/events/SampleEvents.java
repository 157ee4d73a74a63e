package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One fixed instance of every published event, drawn from the 2023 Regional Equity Accelerator demo. */
final class SampleEvents {
    static final String PROGRAM = "pha-rea";
    static final String COHORT = "pha-rea-2023";
    static final String PARTICIPANT = "5f0c4bde-3a51-3b43-9c1e-7f1d2a9b0c11";

    private SampleEvents() {
    }

    static List<AcceleratorEvent> all() {
        return List.of(
                new ProgramRegistered(PROGRAM, "Public Health Alliance Regional Equity Accelerator",
                        "Public Health Alliance of Southern California", List.of("contracting_procurement"),
                        List.of("LHJ_COUNTY", "LHJ_CITY"), LocalDate.of(2023, 1, 15)),
                new CohortOpened(COHORT, PROGRAM, "2023", "Southern California", LocalDate.of(2023, 3, 1),
                        LocalDate.of(2023, 12, 31), 3, 8,
                        List.of("EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER", "CONTRACTING_PROCUREMENT_OFFICER"),
                        LocalDate.of(2023, 3, 1)),
                new SessionScheduled(COHORT, PROGRAM, "s1", 1, "Understanding Equity in C&P", LocalDate.of(2023, 3, 1),
                        "MONTH", LocalDate.of(2023, 2, 1)),
                new ParticipantEnrolled(PARTICIPANT, COHORT, PROGRAM, "LHJ-A", "LHJ-A (placeholder)", "LHJ_COUNTY",
                        LocalDate.of(2023, 3, 1)),
                new ChangeTeamFormed(PARTICIPANT, COHORT, PROGRAM, LocalDate.of(2023, 3, 2)),
                new TeamMemberAdded(PARTICIPANT, COHORT, PROGRAM, "m-7f3a", "CONTRACTING_PROCUREMENT_OFFICER",
                        "Contracts & Procurement", LocalDate.of(2023, 3, 2)),
                new GoalCommitted(PARTICIPANT, COHORT, PROGRAM, "g-1",
                        "Offer advance payment option on all new small-CBO awards", LocalDate.of(2024, 6, 30),
                        List.of("M-ADV-PAY-SHARE >= 80% by 2024-Q2"), "CONTRACTING_PROCUREMENT_OFFICER",
                        LocalDate.of(2023, 7, 12)),
                new AssessmentCompleted(PARTICIPANT, COHORT, PROGRAM, "a-1", "CP-SA-DEMO", "1.0", "BASELINE",
                        Map.of("D5_PAYMENT", new BigDecimal("0.70"), "D3_ACCESS", new BigDecimal("1.30")),
                        new BigDecimal("1.00"), LocalDate.of(2023, 4, 20)),
                new ProcessChangeRecorded(PARTICIPANT, COHORT, PROGRAM, "pc-1", "ADVANCE_PAYMENT", "PAYMENT",
                        "up to 25% advance for awards to small CBOs", "PROPOSED", true, LocalDate.of(2023, 6, 14)));
    }
}
