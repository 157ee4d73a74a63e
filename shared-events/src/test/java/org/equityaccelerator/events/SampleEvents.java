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
                        "up to 25% advance for awards to small CBOs", "PROPOSED", true, LocalDate.of(2023, 6, 14)),
                new GoalDrafted(PARTICIPANT, COHORT, PROGRAM, "g-2", "Local/diverse purchasing target",
                        List.of("HAN-IP"), LocalDate.of(2023, 10, 11)),
                new GoalProgressReported(PARTICIPANT, COHORT, PROGRAM, "g-1", LocalDate.of(2023, 11, 15), "ON_TRACK", 7,
                        45, "M-ADV-PAY-SHARE 2023-Q4 = 45%", LocalDate.of(2023, 11, 15)),
                new GoalRevised(PARTICIPANT, COHORT, PROGRAM, "g-1", "TITLE",
                        "Offer advance payment option on all new small-CBO awards",
                        "Offer advance payment on all new CBO awards under $250k", "scope agreed with finance",
                        LocalDate.of(2023, 12, 5)),
                new GoalAchieved(PARTICIPANT, COHORT, PROGRAM, "g-1", List.of("process-change:pc-1",
                        "observation:M-ADV-PAY-SHARE/2024-Q2"), LocalDate.of(2024, 6, 20)),
                new GoalDeferred(PARTICIPANT, COHORT, PROGRAM, "g-3", LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 9, 30), "procurement system upgrade", LocalDate.of(2024, 2, 1)),
                new GoalAbandoned(PARTICIPANT, COHORT, PROGRAM, "g-4", "superseded by the regional recommendation",
                        LocalDate.of(2024, 1, 10)),
                new GoalReopened(PARTICIPANT, COHORT, PROGRAM, "g-4", "recommendation not adopted by the board",
                        LocalDate.of(2024, 4, 2)),
                new ProcessChangeAdopted(PARTICIPANT, COHORT, PROGRAM, "pc-1", "DEPARTMENT_POLICY",
                        "policy-memo-2023-17", LocalDate.of(2023, 9, 15)),
                new ProcessChangeImplemented(PARTICIPANT, COHORT, PROGRAM, "pc-1", LocalDate.of(2023, 10, 1),
                        "new CBO awards < $250k", LocalDate.of(2023, 10, 2)),
                new ProcessChangeInstitutionalized(PARTICIPANT, COHORT, PROGRAM, "pc-1", "county-code-2.14.030",
                        LocalDate.of(2024, 3, 1)),
                new ProcessChangeRolledBack(PARTICIPANT, COHORT, PROGRAM, "pc-2", "vendor system could not support it",
                        LocalDate.of(2024, 5, 1)),
                new ConsentRecorded(PARTICIPANT, COHORT, PROGRAM, "REGIONAL_NAMED", "EXECUTIVE_LEADERSHIP",
                        LocalDate.of(2023, 3, 20)),
                new MetricAdoptedForCohort(COHORT, PROGRAM, "M-CBO-SHARE", "1.0",
                        "% of contract and grant dollars to CBOs", "PERCENT", "HIGHER_IS_BETTER", "QUARTER",
                        "POOLED_RATIO", LocalDate.of(2023, 8, 1)),
                new MetricBaselineSet(PARTICIPANT, COHORT, PROGRAM, "M-CBO-SHARE", "2023-Q2", new BigDecimal("12.63"),
                        new BigDecimal("1200000"), new BigDecimal("9500000"), "finance system extract",
                        LocalDate.of(2023, 8, 10)),
                new MetricTargetSet(PARTICIPANT, COHORT, PROGRAM, "M-CBO-SHARE", "2024-Q4", new BigDecimal("20"),
                        LocalDate.of(2023, 9, 12)),
                new MetricObservationRecorded(PARTICIPANT, COHORT, PROGRAM, "M-CBO-SHARE", "2023-Q3",
                        new BigDecimal("14.2"), new BigDecimal("1400000"), new BigDecimal("9859155"), "finance",
                        LocalDate.of(2023, 10, 20)),
                new MetricObservationCorrected(PARTICIPANT, COHORT, PROGRAM, "M-CBO-SHARE", "2023-Q3",
                        new BigDecimal("15.38"), new BigDecimal("1400000"), new BigDecimal("9100000"),
                        "excluded pass-through contract", "0d9e8f7a-1111-4222-8333-944455556666", new BigDecimal("14.2"),
                        LocalDate.of(2024, 1, 15)),
                new SessionRescheduled(COHORT, PROGRAM, "s2", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 1),
                        "no April session", LocalDate.of(2023, 3, 20)),
                new SessionHeld(COHORT, PROGRAM, "s1", "virtual workshop", LocalDate.of(2023, 3, 16)),
                new SessionCancelled(COHORT, PROGRAM, "s10", "program ended in December", LocalDate.of(2023, 12, 20)),
                new AttendanceRecorded(COHORT, PROGRAM, "s1", PARTICIPANT, 4,
                        List.of("EXECUTIVE_LEADERSHIP", "CONTRACTING_PROCUREMENT_OFFICER"), LocalDate.of(2023, 3, 16)),
                new AttendanceCorrected(COHORT, PROGRAM, "s1", PARTICIPANT, 5,
                        List.of("EXECUTIVE_LEADERSHIP", "CONTRACTING_PROCUREMENT_OFFICER", "FINANCE"),
                        "finance officer joined late", LocalDate.of(2023, 3, 17)),
                new CohortPhaseDefined("sni-2021", "sni-recop", "level-setting", "Level Setting",
                        LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30),
                        "kick-off plus three monthly virtual sessions of 2-3 hours", LocalDate.of(2021, 10, 1)),
                new TeamMemberRemoved(PARTICIPANT, COHORT, PROGRAM, "m-7f3a", "left the department",
                        LocalDate.of(2023, 9, 1)),
                new TeamActivated(PARTICIPANT, COHORT, PROGRAM, 4, List.of("CONTRACTING_PROCUREMENT_OFFICER",
                        "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER"), LocalDate.of(2023, 3, 10)),
                new BarrierIdentified(PARTICIPANT, COHORT, PROGRAM, "b-1", "PAYMENT",
                        "reimbursement-only terms exclude small CBOs without cash reserves", "STAFF", "s2",
                        LocalDate.of(2023, 5, 17)),
                new BarrierAddressed(PARTICIPANT, COHORT, PROGRAM, "b-1", "pc-1", LocalDate.of(2023, 10, 2)),
                new BarrierAccepted(PARTICIPANT, COHORT, PROGRAM, "b-2", "insurance minimums are set by state law",
                        LocalDate.of(2023, 11, 20)));
    }
}
