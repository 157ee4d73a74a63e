package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.query.TestEvents;
import org.junit.jupiter.api.Test;

import org.equityaccelerator.events.GoalAbandoned;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalDeferred;
import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.AssessmentReopened;
import org.equityaccelerator.events.AssessmentStarted;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.ItemResponseAmended;
import org.equityaccelerator.events.ItemResponseRecorded;
import org.equityaccelerator.events.GoalProgressReported;
import org.equityaccelerator.events.GoalReopened;
import org.equityaccelerator.events.GoalRevised;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantProgressFoldTest {

    @Test
    void foldsAParticipantStreamIntoItsProgressFigures() {
        TestEvents events = new TestEvents("pha-rea", "pha-rea-2023").cohort("EXECUTIVE_LEADERSHIP");
        String id = events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "FINANCE", "FINANCE");
        ParticipantProgress view = fold(events.events(), id);

        assertThat(view.orgId).isEqualTo("LHJ-A");
        assertThat(view.cohortId).isEqualTo("pha-rea-2023");
        assertThat(view.team.formed).isTrue();
        assertThat(view.team.size).isEqualTo(3);
        assertThat(view.team.membersByRole).containsEntry("FINANCE", 2).containsEntry("EXECUTIVE_LEADERSHIP", 1);
        assertThat(view.team.rolesCovered).containsExactly("EXECUTIVE_LEADERSHIP", "FINANCE");
        assertThat(view.goals.committed).isEqualTo(2);
        assertThat(view.goals.items).extracting(g -> g.goalId)
                .containsExactly("g-LHJ-A-0", "g-LHJ-A-1");
        assertThat(view.assessments).singleElement().satisfies(a -> {
            assertThat(a.administration).isEqualTo("BASELINE");
            assertThat(a.status).isEqualTo("COMPLETED");
            assertThat(a.domainScores).containsEntry("D5_PAYMENT", new BigDecimal("0.70"));
            assertThat(a.overallScore).isEqualByComparingTo("1.00");
            assertThat(a.itemsAtLowestLevel).isEqualTo(1);
        });
        assertThat(view.assessmentSummary.baseline.instrument()).isEqualTo("CP-SA-DEMO@1.0");
        assertThat(view.processChanges.recorded).isEqualTo(2);
        assertThat(view.processChanges.communityInformed).isEqualTo(1);
        assertThat(view.processChanges.byLifecycleStage).containsEntry("PAYMENT", 1).containsEntry("ACCESS_SUBMISSION", 1);
        assertThat(view.processChanges.byStatus).containsEntry("IMPLEMENTED", 1).containsEntry("PROPOSED", 1);
        assertThat(view.eventsApplied).isEqualTo(events.events().stream().filter(e -> e.subject().equals(id)).count());
        assertThat(view.lastRecordedAt).isEqualTo(events.events().get(events.events().size() - 1).time());
    }

    @Test
    void assessmentProgressFrozenScoresAndTheChangeSinceTheBaseline() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 1, "FINANCE"); // baseline a-LHJ-A: D3 1.30, D5 0.70
        events.add(new AssessmentStarted(id, "c", "p", "end", "CP-SA-DEMO", "1.0", "ENDLINE", 4, 2,
                LocalDate.of(2023, 12, 1)));
        events.add(new ItemResponseRecorded(id, "c", "p", "end", "D5.1", "D5_PAYMENT", "2", 2, false, null, null,
                LocalDate.of(2023, 12, 2)));
        ParticipantProgress inProgress = fold(events.events(), id);
        assertThat(inProgress.assessments.get(1).status).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.assessments.get(1).percentAnswered).isEqualTo(25);
        assertThat(inProgress.assessmentSummary.latestFollowUp).isNull();

        events.add(new ItemResponseRecorded(id, "c", "p", "end", "D3.1", "D3_ACCESS", null, null, true, null, null,
                LocalDate.of(2023, 12, 2)));
        events.add(new AssessmentCompleted(id, "c", "p", "end", "CP-SA-DEMO", "1.0", "ENDLINE",
                Map.of("D3_ACCESS", new BigDecimal("2.00"), "D5_PAYMENT", new BigDecimal("1.70")),
                new BigDecimal("1.85"), LocalDate.of(2023, 12, 5), 1, "MEAN_OF_ITEMS", "Some awareness", 1, 1,
                Map.of("D5.1", new BigDecimal("2")), null));
        events.add(new AssessmentReopened(id, "c", "p", "end", "memo found", LocalDate.of(2024, 1, 8)));
        events.add(new ItemResponseAmended(id, "c", "p", "end", "D5.1", "D5_PAYMENT", "2", 2, "3", 3, "memo found",
                LocalDate.of(2024, 1, 8)));
        ParticipantProgress reopened = fold(events.events(), id);
        assertThat(reopened.assessments.get(1).status).isEqualTo("REOPENED");
        assertThat(reopened.assessments.get(1).answerRanks).containsEntry("D5.1", 3).containsEntry("D3.1", null);
        // the frozen scores of revision 1 stand until it completes again
        assertThat(reopened.assessmentSummary.domains.get("D5_PAYMENT").latest()).isEqualByComparingTo("1.70");

        events.add(new AssessmentCompleted(id, "c", "p", "end", "CP-SA-DEMO", "1.0", "ENDLINE",
                Map.of("D3_ACCESS", new BigDecimal("2.00"), "D5_PAYMENT", new BigDecimal("2.70")),
                new BigDecimal("2.35"), LocalDate.of(2024, 1, 9), 2, "MEAN_OF_ITEMS", "Some practices", 1, 1,
                Map.of("D5.1", new BigDecimal("3")), null));
        ParticipantProgress view = fold(events.events(), id);
        ParticipantProgress.Assessment endline = view.assessments.get(1);
        assertThat(endline.revision).isEqualTo(2);
        assertThat(endline.percentAnswered).isNull();
        assertThat(view.assessmentSummary.baseline.overallScore()).isEqualByComparingTo("1.00");
        assertThat(view.assessmentSummary.latestFollowUp.stage()).isEqualTo("Some practices");
        assertThat(view.assessmentSummary.domains.get("D5_PAYMENT"))
                .isEqualTo(new ParticipantProgress.DomainChange(new BigDecimal("0.70"), new BigDecimal("2.70"),
                        new BigDecimal("2.00")));
        assertThat(view.assessmentSummary.domains.get("D3_ACCESS").change()).isEqualByComparingTo("0.70");
    }

    @Test
    void goalLifecycleFigures() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 3, "FINANCE"); // goals g-LHJ-A-0..2 committed on 2023-07-12
        events.add(new GoalDrafted(id, "c", "p", "g-draft", "Anchor purchasing", List.of("HAN-IP"),
                LocalDate.of(2023, 10, 11)));
        events.add(new GoalProgressReported(id, "c", "p", "g-LHJ-A-0", LocalDate.of(2023, 11, 15), "AT_RISK", 6, 45,
                "", LocalDate.of(2023, 11, 15)));
        events.add(new GoalRevised(id, "c", "p", "g-LHJ-A-0", "TARGET_DATE", "2024-06-30", "2024-09-30", "scope",
                LocalDate.of(2023, 12, 1)));
        events.add(new GoalAchieved(id, "c", "p", "g-LHJ-A-0", List.of("process-change:pc-1"),
                LocalDate.of(2024, 6, 20)));
        events.add(new GoalAbandoned(id, "c", "p", "g-LHJ-A-1", "superseded", LocalDate.of(2024, 1, 10)));
        events.add(new GoalDeferred(id, "c", "p", "g-LHJ-A-2", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31),
                "budget", LocalDate.of(2024, 2, 1)));
        ParticipantProgress view = fold(events.events(), id);

        assertThat(view.goals.committed).isEqualTo(3);
        assertThat(view.goals.achieved).isEqualTo(1);
        assertThat(view.goals.percentAchieved).isEqualTo(33);
        assertThat(view.goals.byStatus).containsExactly(Map.entry("ABANDONED", 1), Map.entry("ACHIEVED", 1),
                Map.entry("DEFERRED", 1), Map.entry("DRAFTED", 1));
        ParticipantProgress.Goal achieved = view.goals.items.get(0);
        assertThat(achieved.targetDate).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(achieved.revisionCount).isEqualTo(1);
        assertThat(view.revisions).isEqualTo(view.goals.items.stream().mapToInt(g -> g.revisionCount).sum())
                .isPositive();
        assertThat(achieved.lastCheckIn).isEqualTo(new ParticipantProgress.CheckIn(LocalDate.of(2023, 11, 15),
                "AT_RISK", 6, 45));
        assertThat(achieved.evidence).containsExactly("process-change:pc-1");
        assertThat(view.goals.items.get(2).targetDate).isEqualTo(LocalDate.of(2024, 12, 31));

        events.add(new GoalReopened(id, "c", "p", "g-LHJ-A-0", "evidence withdrawn", LocalDate.of(2024, 7, 1)));
        ParticipantProgress reopened = fold(events.events(), id);
        assertThat(reopened.goals.achieved).isZero();
        assertThat(reopened.goals.items.get(0).status).isEqualTo("IN_PROGRESS");
    }

    @Test
    void processChangesShowTheirCurrentStep() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 0, "FINANCE"); // pc-LHJ-A-1 PROPOSED, pc-LHJ-A-2 IMPLEMENTED
        events.add(new org.equityaccelerator.events.ProcessChangeAdopted(id, "c", "p", "pc-LHJ-A-1", "BOARD_ACTION",
                "minute-12", LocalDate.of(2023, 9, 15)));
        events.add(new org.equityaccelerator.events.ProcessChangeImplemented(id, "c", "p", "pc-LHJ-A-1",
                LocalDate.of(2023, 10, 1), "small CBOs", LocalDate.of(2023, 10, 2)));
        events.add(new org.equityaccelerator.events.ProcessChangeRolledBack(id, "c", "p", "pc-LHJ-A-2", "r",
                LocalDate.of(2024, 1, 5)));
        ParticipantProgress view = fold(events.events(), id);
        assertThat(view.processChanges.byStatus).containsExactly(Map.entry("IMPLEMENTED", 1),
                Map.entry("ROLLED_BACK", 1));
        ParticipantProgress.ProcessChange advance = view.processChanges.items.get(0);
        assertThat(advance.status).isEqualTo("IMPLEMENTED");
        assertThat(advance.authority).isEqualTo("BOARD_ACTION");
        assertThat(advance.adoptedOn).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(advance.effectiveDate).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(view.processChanges.recorded).isEqualTo(2);
    }

    @Test
    void teamMembershipActivationAndBarriers() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 0, "FINANCE", "DEI", "HR");
        LocalDate day = LocalDate.of(2023, 5, 17);
        events.add(new org.equityaccelerator.events.TeamMemberRemoved(id, "c", "p", "m-1", "left", day));
        events.add(new org.equityaccelerator.events.TeamActivated(id, "c", "p", 2, List.of("FINANCE", "HR"), day));
        events.add(new org.equityaccelerator.events.BarrierIdentified(id, "c", "p", "b-1", "PAYMENT", "reimbursement",
                "STAFF", "s2", day));
        events.add(new org.equityaccelerator.events.BarrierIdentified(id, "c", "p", "b-2", "ACCESS_SUBMISSION",
                "English only", "COMMUNITY_INPUT", "s2", day));
        events.add(new org.equityaccelerator.events.BarrierAddressed(id, "c", "p", "b-1", "pc-LHJ-A-2", day));
        ParticipantProgress view = fold(events.events(), id);
        assertThat(view.team.size).isEqualTo(2);
        assertThat(view.team.rolesCovered).containsExactly("FINANCE", "HR");
        assertThat(view.team.status).isEqualTo("ACTIVE");
        assertThat(view.barriers.identified).isEqualTo(2);
        assertThat(view.barriers.addressed).isEqualTo(1);
        assertThat(view.barriers.open).isEqualTo(1);
        assertThat(view.barriers.openByLifecycleStage).containsExactly(Map.entry("ACCESS_SUBMISSION", 1));
    }

    @Test
    void metricFiguresAndReview() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 0, "FINANCE");
        LocalDate day = LocalDate.of(2023, 8, 10);
        events.add(new org.equityaccelerator.events.MetricBaselineSet(id, "c", "p", "M-NEW-CBO", "2023-Q2",
                new BigDecimal("4"), null, null, "contracts", day));
        events.add(new org.equityaccelerator.events.MetricTargetSet(id, "c", "p", "M-NEW-CBO", "2024-Q4",
                new BigDecimal("12"), day));
        events.add(new org.equityaccelerator.events.MetricObservationRecorded(id, "c", "p", "M-NEW-CBO", "2023-Q3",
                new BigDecimal("6"), null, null, "contracts", day));
        events.add(new org.equityaccelerator.events.MetricObservationSubmitted(id, "c", "p", "M-NEW-CBO", "2023-Q3",
                day));
        ParticipantProgress view = fold(events.events(), id);
        ParticipantProgress.MetricSeries series = view.metrics.get("M-NEW-CBO");
        assertThat(series.percentOfTarget).isEqualTo(25); // (6 - 4) / (12 - 4)
        assertThat(series.changeVsBaseline).isEqualByComparingTo("2");
        assertThat(series.changeVsBaselinePct).isEqualByComparingTo("50.0");
        assertThat(view.pendingApprovals).isEqualTo(1);
        events.add(new org.equityaccelerator.events.MetricObservationCorrected(id, "c", "p", "M-NEW-CBO", "2023-Q3",
                new BigDecimal("7"), null, null, "one missed", "e", new BigDecimal("6"), day.plusDays(5)));
        ParticipantProgress corrected = fold(events.events(), id);
        assertThat(corrected.pendingApprovals).isZero(); // a corrected value is reviewed again
        assertThat(corrected.metrics.get("M-NEW-CBO").latest.value()).isEqualByComparingTo("7");
        assertThat(corrected.metrics.get("M-NEW-CBO").corrections).isEqualTo(1);
        assertThat(corrected.corrections).isEqualTo(1); // the data-quality footer
    }

    /** % of target is the progress from baseline to target, not latest / target (32 / 35 would be 91). */
    @Test
    void percentOfTargetIsTheProgressFromBaselineToTarget() {
        assertThat(percentOfTarget("15", "35", "32")).isEqualTo(85);  // (32 - 15) / (35 - 15)
        assertThat(percentOfTarget("60", "30", "45")).isEqualTo(50);  // days to pay, lower is better: half way
        assertThat(percentOfTarget("15", "35", "40")).isEqualTo(100); // past the target: clipped
        assertThat(percentOfTarget("15", "35", "10")).isZero();       // worse than the baseline: clipped
        assertThat(percentOfTarget("15", "15", "20")).isNull();       // no distance to cover
    }

    private static Integer percentOfTarget(String baseline, String target, String latest) {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 0, "FINANCE");
        LocalDate day = LocalDate.of(2023, 8, 10);
        events.add(new org.equityaccelerator.events.MetricBaselineSet(id, "c", "p", "M", "2023-Q1",
                new BigDecimal(baseline), null, null, "finance", day));
        events.add(new org.equityaccelerator.events.MetricTargetSet(id, "c", "p", "M", "2024-Q4", new BigDecimal(target),
                day));
        events.add(new org.equityaccelerator.events.MetricObservationRecorded(id, "c", "p", "M", "2023-Q2",
                new BigDecimal(latest), null, null, "finance", day));
        return fold(events.events(), id).metrics.get("M").percentOfTarget;
    }

    @Test
    void cohortEventsDoNotTouchAParticipantView() {
        TestEvents events = new TestEvents("p", "c").cohort();
        ParticipantProgress view = new ParticipantProgress();
        for (EventEnvelope e : events.events()) {
            assertThat(ParticipantProgressFold.appliesTo(e)).isFalse();
            ParticipantProgressFold.apply(view, e);
        }
        assertThat(view.eventsApplied).isZero();
    }

    static ParticipantProgress fold(List<EventEnvelope> events, String participantId) {
        return ParticipantProgressFold.replay(events.stream().filter(e -> e.subject().equals(participantId)).toList());
    }
}
