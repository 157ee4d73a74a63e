package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.query.TestEvents;
import org.equityaccelerator.query.projection.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RegionalProgressFoldTest {
    static final String[] REQUIRED = {"EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER"};

    @Test
    void countsTheCohortFromAllItsStreams() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());

        assertThat(view.cohortId).isEqualTo("pha-rea-2023");
        assertThat(view.sessions).extracting(s -> s.seq).containsExactly(1, 2, 3);
        assertThat(view.participantsEnrolled).isEqualTo(3);
        assertThat(view.teamsFormed).isEqualTo(3);
        assertThat(view.teamsWithAllRequiredRoles).isEqualTo(2);
        assertThat(view.percentTeamsWithAllRequiredRoles).isEqualTo(67);
        assertThat(view.medianTeamSize).isEqualByComparingTo("2"); // teams of 2, 3 and 1
        assertThat(view.participants.values()).extracting(t -> t.changesByLifecycleStage.get("PAYMENT"))
                .containsOnly(1);
        assertThat(view.goalsCommitted).isEqualTo(3);
        assertThat(view.participantsWithCommittedGoal).isEqualTo(2);
        assertThat(view.assessmentsCompleted).isEqualTo(3);
        assertThat(view.assessmentsByAdministration).containsExactly(Map.entry("BASELINE", 3));
        assertThat(view.participantsWithBaseline).isEqualTo(3);
        // every baseline: D5 0.70 reached level 0, D3 1.30 level 1
        assertThat(view.assessmentDomains.get("D5_PAYMENT").stageDistribution()).containsExactly(Map.entry("0", 3));
        assertThat(view.assessmentDomains.get("D3_ACCESS").stageDistribution()).containsExactly(Map.entry("1", 3));
        assertThat(view.participantsWithFollowUp).isZero();
        assertThat(view.lowestItems).containsExactly(new RegionalProgress.ItemLevel("D5.1", new java.math.BigDecimal("0.00"), 3),
                new RegionalProgress.ItemLevel("D3.1", new java.math.BigDecimal("1.00"), 3));
        assertThat(view.processChangesRecorded).isEqualTo(6);
        assertThat(view.processChangesByChangeType)
                .containsEntry("ADVANCE_PAYMENT", 3).containsEntry("TRANSLATED_SOLICITATION", 3);
        assertThat(view.processChangesByLifecycleStage).containsEntry("PAYMENT", 3);
    }

    /**
     * Cohort and participant streams sit on different partitions; a restart may interleave them differently. Any
     * interleaving that keeps each stream's own order must give the same view, byte for byte.
     */
    @Test
    void theViewDoesNotDependOnHowStreamsInterleave() {
        List<EventEnvelope> inOrder = cohortOfThree().events();
        String expected = ViewJson.write(fold(inOrder));
        String stored = ViewJson.write(RegionalProgressFold.replay(inOrder));
        Random random = new Random(42);
        for (int run = 0; run < 20; run++) {
            List<EventEnvelope> interleaved = interleave(inOrder, random);
            assertThat(ViewJson.write(fold(interleaved))).isEqualTo(expected);
            assertThat(ViewJson.write(RegionalProgressFold.replay(interleaved))).isEqualTo(stored);
        }
    }

    @Test
    void aRecompletedAssessmentCountsOnceAndItsNewScoresReplaceTheOld() {
        TestEvents events = cohortOfThree();
        for (int revision = 1; revision <= 2; revision++) {
            events.add(new org.equityaccelerator.events.AssessmentCompleted(lhjA, "pha-rea-2023", "pha-rea", "end",
                    "CP-SA-DEMO", "1.0", "ENDLINE", Map.of("D5_PAYMENT", new java.math.BigDecimal(revision)),
                    java.math.BigDecimal.ONE, java.time.LocalDate.of(2023, 12, revision), revision, "MEAN_OF_ITEMS",
                    null, 1, 0, Map.of("D5.1", new java.math.BigDecimal(revision + 1)), null));
        }
        RegionalProgress view = fold(events.events());
        assertThat(view.assessmentsCompleted).isEqualTo(4);
        assertThat(view.assessmentsByAdministration).containsEntry("ENDLINE", 1);
        assertThat(view.participantsWithFollowUp).isEqualTo(1);
        // LHJ-A's latest assessment (revision 2) answered D5.1 at 3, the others' baselines 0: mean 1.00; D3.1 now
        // rests on two baselines, fewer than the minimum of 3, so it is left out
        assertThat(view.lowestItems).containsExactly(new RegionalProgress.ItemLevel("D5.1",
                new java.math.BigDecimal("1.00"), 3));
        // one follow-up is below the cohort's minimum of 3: its median stays hidden
        assertThat(view.assessmentDomains.get("D5_PAYMENT").followUpSuppressed()).isTrue();
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(7))))).isEqualTo(ViewJson.write(view));
    }

    @Test
    void goalsByTagAndOverdueGoalsFollowDeferralsAndAchievements() {
        TestEvents events = cohortOfThree(); // LHJ-A: g-0 achieved, g-1 open; LHJ-B: g-0 open; all due 2024-06-30
        events.add(new org.equityaccelerator.events.GoalDrafted(lhjA, "pha-rea-2023", "pha-rea", "g-anchor",
                "Local purchasing", List.of("HAN-IP", "PAYMENT"), java.time.LocalDate.of(2023, 10, 11)));
        events.add(new org.equityaccelerator.events.GoalDeferred(lhjA, "pha-rea-2023", "pha-rea", "g-LHJ-A-1",
                java.time.LocalDate.of(2024, 6, 30), java.time.LocalDate.of(2024, 12, 31), "budget",
                java.time.LocalDate.of(2024, 5, 1)));
        RegionalProgress view = fold(events.events());
        assertThat(view.goalsByTag).containsEntry("HAN-IP", 1).containsEntry("PAYMENT", 1);
        assertThat(served(events.events(), java.time.LocalDate.of(2024, 6, 30)).goalsOverdue).isZero();
        // July 2024: LHJ-B's goal is overdue; LHJ-A's was deferred to December, its other one achieved
        assertThat(served(events.events(), java.time.LocalDate.of(2024, 7, 1)).goalsOverdue).isEqualTo(1);
        // a deferral is a decision, not a lapse: the deferred goal is never overdue, even past its new date
        assertThat(served(events.events(), java.time.LocalDate.of(2025, 1, 1)).goalsOverdue).isEqualTo(1);
    }

    @Test
    void withdrawalClosureAndARecommendationWhoseEndorsersAreNamedOnlyWithConsent() {
        TestEvents events = cohortOfThree(); // LHJ-A..C, none has consented yet
        List<String> ids = events.events().stream().filter(e -> e.data() instanceof ParticipantEnrolled)
                .map(EventEnvelope::subject).toList();
        java.time.LocalDate dec = java.time.LocalDate.of(2023, 12, 14);
        events.add(new org.equityaccelerator.events.ConsentRecorded(ids.get(0), "pha-rea-2023", "pha-rea",
                "REGIONAL_NAMED", "EXECUTIVE_LEADERSHIP", dec));
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(ids.get(2), "pha-rea-2023", "pha-rea", "LHJ-C",
                "reorganisation", java.time.LocalDate.of(2023, 9, 30)));
        events.add(new org.equityaccelerator.events.RegionalRecommendationDrafted("r-1", "pha-rea-2023", "pha-rea",
                "Advance payment", "payment", "text", 2, java.time.LocalDate.of(2023, 11, 16)));
        for (int i = 0; i < 2; i++) {
            events.add(new org.equityaccelerator.events.RegionalRecommendationEndorsed("r-1", "pha-rea-2023",
                    "pha-rea", ids.get(i), "LHJ-" + (char) ('A' + i), "EXECUTIVE_LEADERSHIP", dec));
        }
        events.add(new org.equityaccelerator.events.RegionalRecommendationPublished("r-1", "pha-rea-2023", "pha-rea",
                2, java.time.LocalDate.of(2023, 12, 20)));
        events.add(new org.equityaccelerator.events.CohortClosed("pha-rea-2023", "pha-rea",
                java.time.LocalDate.of(2023, 12, 31)));
        RegionalProgress view = fold(events.events());
        assertThat(view.participantsEnrolled).isEqualTo(3);
        assertThat(view.participantsWithdrawn).isEqualTo(1);
        assertThat(view.participantsActive).isEqualTo(2);
        assertThat(view.status).isEqualTo("CLOSED");
        assertThat(view.closedOn).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
        RegionalProgress.Recommendation r = view.recommendations.get("r-1");
        assertThat(r.status).isEqualTo("PUBLISHED");
        assertThat(r.endorsements).isEqualTo(2);
        assertThat(r.endorsementsRequired).isEqualTo(2);
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(11))))).isEqualTo(ViewJson.write(view));

        RegionalProgress.Recommendation served = view.recommendations.get("r-1");
        assertThat(served.endorsedBy).containsExactly("LHJ-A (placeholder)");
        assertThat(served.anonymousEndorsements).isEqualTo(1);
        assertThat(ViewJson.write(served)).doesNotContain(ids.get(1));
    }

    @Test
    void teamFiguresDoNotLagWhenATeamEventComesLast() {
        TestEvents events = cohortOfThree(); // LHJ-C: FINANCE only, misses both required roles
        String lhjC = events.events().stream().filter(e -> e.data() instanceof ParticipantEnrolled)
                .map(EventEnvelope::subject).toList().get(2);
        events.add(new org.equityaccelerator.events.ParticipantEnrolled("p-empty", "pha-rea-2023", "pha-rea", "LHJ-D",
                "LHJ-D", "LHJ_CITY", java.time.LocalDate.of(2023, 3, 1)));
        events.add(new org.equityaccelerator.events.ChangeTeamFormed("p-empty", "pha-rea-2023", "pha-rea",
                java.time.LocalDate.of(2023, 3, 2))); // a team with nobody yet
        for (String role : REQUIRED) {
            events.add(new org.equityaccelerator.events.TeamMemberAdded(lhjC, "pha-rea-2023", "pha-rea", "x-" + role,
                    role, "Dept", java.time.LocalDate.of(2023, 4, 1)));
        }
        List<EventEnvelope> inOrder = events.events();
        RegionalProgress view = fold(inOrder);
        assertThat(view.teamsWithAllRequiredRoles).isEqualTo(3);
        assertThat(view.percentTeamsWithAllRequiredRoles).isEqualTo(75); // 3 of 4 teams formed
        assertThat(view.medianTeamSize).isEqualByComparingTo("2.5");   // teams of 0, 2, 3 and 3
        Random random = new Random(5);
        for (int run = 0; run < 20; run++) {
            assertThat(ViewJson.write(fold(interleave(inOrder, random)))).isEqualTo(ViewJson.write(view));
        }
    }

    /**
     * The replay of the issue: one required role, one enrolment, one team, that role's member. Whatever the order
     * in which the cohort's and the participant's streams arrive, the team is complete: 1 of 1, 100 %.
     */
    @Test
    void oneTeamWithTheOneRequiredRoleIsOneHundredPercentInEveryInterleaving() {
        TestEvents events = new TestEvents("p", "c").cohort("CONTRACTING_PROCUREMENT_OFFICER");
        String id = "p-1";
        events.add(new org.equityaccelerator.events.ParticipantEnrolled(id, "c", "p", "LHJ-A", "LHJ-A", "LHJ_COUNTY",
                java.time.LocalDate.of(2023, 3, 1)));
        events.add(new org.equityaccelerator.events.ChangeTeamFormed(id, "c", "p", java.time.LocalDate.of(2023, 3, 2)));
        events.add(new org.equityaccelerator.events.TeamMemberAdded(id, "c", "p", "m-1",
                "CONTRACTING_PROCUREMENT_OFFICER", "Procurement", java.time.LocalDate.of(2023, 3, 2)));
        Random random = new Random(1);
        for (int run = 0; run < 30; run++) {
            RegionalProgress view = fold(run == 0 ? events.events() : interleave(events.events(), random));
            assertThat(view.teamsFormed).isEqualTo(1);
            assertThat(view.teamsWithAllRequiredRoles).isEqualTo(1);
            assertThat(view.percentTeamsWithAllRequiredRoles).isEqualTo(100);
        }
    }

    @Test
    void anonymousRowsAreNumberedByTheirContentNeverByTheirIds() {
        RegionalProgress served = fold(cohortOfThree().events());
        List<String> rows = served.participants.entrySet().stream().filter(e -> e.getKey().startsWith("anonymous-"))
                .map(e -> ViewJson.write(e.getValue())).toList();
        assertThat(rows).hasSize(3).isSorted();
        assertThat(ViewJson.write(served)).doesNotContain(lhjA);
    }

    @Test
    void achievedGoalsCountAcrossReopening() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());
        assertThat(view.goalsAchieved).isEqualTo(1);
        assertThat(view.participantsWithAchievedGoal).isEqualTo(1);
        events.add(new org.equityaccelerator.events.GoalReopened(lhjA, "pha-rea-2023", "pha-rea", "g-LHJ-A-0", "r",
                java.time.LocalDate.of(2024, 7, 1)));
        RegionalProgress reopened = fold(events.events());
        assertThat(reopened.goalsAchieved).isZero();
        assertThat(reopened.participantsWithAchievedGoal).isZero();
    }

    @Test
    void adoptionMatrixCountsParticipantsWithAChangeInEffect() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());
        // every participant of TestEvents recorded a translated solicitation as implemented
        assertThat(view.adoptionMatrix).containsExactly(Map.entry("TRANSLATED_SOLICITATION", 3));
        assertThat(view.processChangesInEffect).isEqualTo(3);
        assertThat(view.participantsWithChangeInEffect).isEqualTo(3);

        java.time.LocalDate day = java.time.LocalDate.of(2023, 10, 2);
        events.add(new org.equityaccelerator.events.ProcessChangeAdopted(lhjA, "pha-rea-2023", "pha-rea",
                "pc-LHJ-A-1", "DEPARTMENT_POLICY", null, day));
        events.add(new org.equityaccelerator.events.ProcessChangeImplemented(lhjA, "pha-rea-2023", "pha-rea",
                "pc-LHJ-A-1", day, "all", day));
        events.add(new org.equityaccelerator.events.ProcessChangeRolledBack(lhjA, "pha-rea-2023", "pha-rea",
                "pc-LHJ-A-2", "vendor", day.plusDays(30)));
        RegionalProgress later = fold(events.events());
        assertThat(later.adoptionMatrix).containsExactly(Map.entry("ADVANCE_PAYMENT", 1),
                Map.entry("TRANSLATED_SOLICITATION", 2));
        assertThat(later.processChangesInEffect).isEqualTo(3);
        assertThat(later.participantsWithChangeInEffect).isEqualTo(3);
        // and still independent of how streams interleave
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(7))))).isEqualTo(ViewJson.write(later));
    }

    @Test
    void namesAppearOnlyWithConsentAndSmallGroupsAreSuppressed() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());
        assertThat(view.participants.values()).extracting(t -> t.displayName)
                .containsOnly(RegionalProgress.ANONYMOUS);
        RegionalProgress.DomainSummary access = view.assessmentDomains.get("D3_ACCESS");
        assertThat(access.participantsWithBaseline()).isEqualTo(3);
        assertThat(access.medianBaseline()).isEqualByComparingTo("1.30");
        assertThat(access.baselineSuppressed()).isFalse();
        assertThat(access.followUpSuppressed()).isTrue();
        assertThat(access.medianLatest()).isNull();

        events.add(new org.equityaccelerator.events.ConsentRecorded(lhjA, "pha-rea-2023", "pha-rea", "REGIONAL_NAMED",
                "EXECUTIVE_LEADERSHIP", java.time.LocalDate.of(2023, 3, 20)));
        assertThat(fold(events.events()).participants.get("LHJ-A (placeholder)").displayName)
                .isEqualTo("LHJ-A (placeholder)");

        // a cohort that asks for at least five reporting participants shows no medians for three
        List<EventEnvelope> strict = new java.util.ArrayList<>(events.events());
        org.equityaccelerator.events.CohortOpened opened = (org.equityaccelerator.events.CohortOpened) strict.get(0).data();
        strict.set(0, EventEnvelope.of(strict.get(0).id(), strict.get(0).time(), 0, "user:test", null, null,
                new org.equityaccelerator.events.CohortOpened(opened.cohortId(), opened.programId(), opened.label(),
                        opened.region(), opened.startDate(), opened.endDate(), 3, 8, opened.requiredRoles(),
                        opened.occurredOn(), 5)));
        RegionalProgress.DomainSummary suppressed = fold(strict).assessmentDomains.get("D3_ACCESS");
        assertThat(suppressed.baselineSuppressed()).isTrue();
        assertThat(suppressed.medianBaseline()).isNull();
        assertThat(suppressed.participantsWithBaseline()).isEqualTo(3);
        // the minimum arriving after the assessments (another partition) gives the same result
        assertThat(ViewJson.write(fold(interleave(strict, new Random(3))))).isEqualTo(ViewJson.write(fold(strict)));
    }

    @Test
    void countOrgsMeetingCountsParticipantsAtOrPastTheThresholdInTheGoodDirection() {
        TestEvents events = cohortOfThree();
        java.time.LocalDate jan = java.time.LocalDate.of(2024, 1, 15);
        events.add(new org.equityaccelerator.events.MetricAdoptedForCohort("pha-rea-2023", "pha-rea", "M-DAYS-TO-PAY",
                "1.0", "median days invoice to payment", "DAYS", "LOWER_IS_BETTER", "YEAR", "COUNT_ORGS_MEETING", jan,
                new java.math.BigDecimal("30"), null, null, null, null));
        String[] days = {"30", "45", "21"};
        int i = 0;
        for (String id : events.events().stream().filter(e -> e.data() instanceof ParticipantEnrolled)
                .map(EventEnvelope::subject).toList()) {
            events.add(new org.equityaccelerator.events.MetricBaselineSet(id, "pha-rea-2023", "pha-rea",
                    "M-DAYS-TO-PAY", "2023", new java.math.BigDecimal(days[i++]), null, null, "finance", jan));
        }
        // 30 and 21 days meet "30 days or fewer"; 45 does not
        assertThat(fold(events.events()).metrics.get("M-DAYS-TO-PAY").regionalValue()).isEqualByComparingTo("2");
    }

    @Test
    void aMetricCorrectionChangesThePooledRegionalFigureOfItsPeriod() {
        TestEvents events = cohortOfThree();
        java.time.LocalDate aug = java.time.LocalDate.of(2023, 8, 1);
        events.add(new org.equityaccelerator.events.MetricAdoptedForCohort("pha-rea-2023", "pha-rea", "M-CBO-SHARE",
                "1.0", "% of $ to CBOs", "PERCENT", "HIGHER_IS_BETTER", "QUARTER", "POOLED_RATIO", aug));
        String[] dens = {"9500000", "4000000", "6500000"};
        int i = 0;
        for (String id : events.events().stream().filter(e -> e.data() instanceof ParticipantEnrolled)
                .map(EventEnvelope::subject).toList()) {
            java.math.BigDecimal num = new java.math.BigDecimal("1000000");
            java.math.BigDecimal den = new java.math.BigDecimal(dens[i++]);
            events.add(new org.equityaccelerator.events.MetricBaselineSet(id, "pha-rea-2023", "pha-rea", "M-CBO-SHARE",
                    "2023-Q2", num.multiply(java.math.BigDecimal.valueOf(100)).divide(den, 2,
                    java.math.RoundingMode.HALF_UP), num, den, "finance", aug));
        }
        RegionalProgress before = fold(events.events());
        RegionalProgress.RegionalMetric share = before.metrics.get("M-CBO-SHARE");
        assertThat(share.latestPeriod()).isEqualTo("2023-Q2");
        assertThat(share.reportingParticipants()).isEqualTo(3);
        assertThat(share.regionalValue()).isEqualByComparingTo("15.00"); // 3M / 20M, pooled
        events.add(new org.equityaccelerator.events.MetricObservationCorrected(lhjA, "pha-rea-2023", "pha-rea",
                "M-CBO-SHARE", "2023-Q2", new java.math.BigDecimal("10.99"), new java.math.BigDecimal("1000000"),
                new java.math.BigDecimal("9100000"), "excluded pass-through contract", "e-1",
                new java.math.BigDecimal("10.53"), java.time.LocalDate.of(2024, 1, 15)));
        RegionalProgress after = fold(events.events());
        assertThat(after.metrics.get("M-CBO-SHARE").trend().get("2023-Q2").value()).isEqualByComparingTo("15.31");
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(11))))).isEqualTo(ViewJson.write(after));
    }

    @Test
    void attendancePerSessionIsTeamsPresentOverEnrolled() {
        TestEvents events = cohortOfThree();
        java.time.LocalDate march = java.time.LocalDate.of(2023, 3, 16);
        events.add(new org.equityaccelerator.events.SessionHeld("pha-rea-2023", "pha-rea", "s1", null, march));
        events.add(new org.equityaccelerator.events.AttendanceRecorded("pha-rea-2023", "pha-rea", "s1", lhjA, 3,
                List.of("EXECUTIVE_LEADERSHIP"), march));
        events.add(new org.equityaccelerator.events.SessionCancelled("pha-rea-2023", "pha-rea", "s3", "no quorum",
                march));
        RegionalProgress view = fold(events.events());
        assertThat(view.sessionsHeld).isEqualTo(1);
        assertThat(view.sessionsCancelled).isEqualTo(1);
        assertThat(view.sessions.get(0).teamsPresent).isEqualTo(1);
        assertThat(view.sessions.get(0).attendanceRate).isEqualTo(33);
        assertThat(view.sessions.get(1).attendanceRate).isNull();
        events.add(new org.equityaccelerator.events.AttendanceCorrected("pha-rea-2023", "pha-rea", "s1", lhjA, 0,
                List.of(), "recorded for the wrong session", march));
        assertThat(fold(events.events()).sessions.get(0).attendanceRate).isZero();
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(5)))))
                .isEqualTo(ViewJson.write(fold(events.events())));
    }

    /**
     * Four systems; the fourth withdraws before the last session and 2 of the 3 remaining attend it: 67 %, not
     * 2 of 4. The withdrawn team is no longer active and no longer part of the median team size.
     */
    @Test
    void withdrawnParticipantsLeaveTheDenominators() {
        TestEvents events = new TestEvents("p", "c").cohort(REQUIRED); // s1..s3 in March, April, May 2023
        List<String> ids = new ArrayList<>();
        ids.add(events.participant("PHCS-1", 1, "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER"));
        ids.add(events.participant("PHCS-2", 1, "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER", "FINANCE"));
        ids.add(events.participant("PHCS-3", 1, "EXECUTIVE_LEADERSHIP"));
        ids.add(events.participant("PHCS-4", 1, "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER", "FINANCE",
                "HR", "DEI"));
        java.time.LocalDate march = java.time.LocalDate.of(2023, 3, 16);
        java.time.LocalDate may = java.time.LocalDate.of(2023, 5, 16);
        for (String id : ids) {
            events.add(new org.equityaccelerator.events.TeamActivated(id, "c", "p", 3, List.of(), march));
        }
        events.add(new org.equityaccelerator.events.SessionHeld("c", "p", "s1", null, march));
        for (String id : ids) {
            events.add(new org.equityaccelerator.events.AttendanceRecorded("c", "p", "s1", id, 2, List.of(), march));
        }
        RegionalProgress before = fold(events.events());
        assertThat(before.teamsActive).isEqualTo(4);
        assertThat(before.medianTeamSize).isEqualByComparingTo("2.5"); // teams of 1, 2, 3 and 5
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(ids.get(3), "c", "p", "PHCS-4", "staffing",
                java.time.LocalDate.of(2023, 4, 30)));
        events.add(new org.equityaccelerator.events.SessionHeld("c", "p", "s3", null, may));
        for (String id : ids.subList(0, 2)) {
            events.add(new org.equityaccelerator.events.AttendanceRecorded("c", "p", "s3", id, 2, List.of(), may));
        }
        RegionalProgress view = fold(events.events());
        assertThat(view.sessions.get(0).attendanceRate).isEqualTo(100); // held while all four took part
        assertThat(view.sessions.get(2).teamsPresent).isEqualTo(2);
        assertThat(view.sessions.get(2).attendanceRate).isEqualTo(67);
        assertThat(view.teamsActive).isEqualTo(3);
        assertThat(view.medianTeamSize).isEqualByComparingTo("2");     // teams of 1, 2 and 3
        assertThat(view.teamsFormed).isEqualTo(4);                     // history: ever formed, as ever enrolled
        assertThat(view.participantsActive).isEqualTo(3);
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(9))))).isEqualTo(ViewJson.write(view));
    }

    static String lhjA;

    static TestEvents cohortOfThree() {
        TestEvents events = new TestEvents("pha-rea", "pha-rea-2023").cohort(REQUIRED);
        lhjA = events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER");
        events.add(new org.equityaccelerator.events.GoalAchieved(lhjA, "pha-rea-2023", "pha-rea", "g-LHJ-A-0",
                java.util.List.of("doc:1"), java.time.LocalDate.of(2024, 6, 20)));
        events.participant("LHJ-B", 1, "HEALTH_EQUITY_PROGRAM_MANAGER", "FINANCE", "EXECUTIVE_LEADERSHIP");
        events.participant("LHJ-C", 0, "FINANCE");
        return events;
    }

    /** The view as served at the start of 2024 (after the cohort's year, before any goal's target date). */
    static RegionalProgress fold(List<EventEnvelope> events) {
        return served(events, java.time.LocalDate.of(2024, 1, 1));
    }

    static RegionalProgress served(List<EventEnvelope> events, java.time.LocalDate on) {
        return RegionalPublication.publish(RegionalProgressFold.replay(events), on);
    }

    /** A random merge of the per-stream sequences (each stream keeps its order). */
    static List<EventEnvelope> interleave(List<EventEnvelope> events, Random random) {
        Map<String, List<EventEnvelope>> streams = events.stream()
                .collect(Collectors.groupingBy(EventEnvelope::subject, java.util.LinkedHashMap::new, Collectors.toList()));
        List<java.util.Iterator<EventEnvelope>> cursors = new ArrayList<>();
        streams.values().forEach(s -> cursors.add(s.iterator()));
        List<EventEnvelope> merged = new ArrayList<>();
        while (!cursors.isEmpty()) {
            Collections.shuffle(cursors, random);
            java.util.Iterator<EventEnvelope> cursor = cursors.get(0);
            merged.add(cursor.next());
            if (!cursor.hasNext()) {
                cursors.remove(0);
            }
        }
        return merged;
    }
}
