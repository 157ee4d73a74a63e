package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.CommunityEngagementRecorded;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalProgressReported;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.query.TestEvents;
import org.equityaccelerator.query.regional.RegionalTallies;
import org.equityaccelerator.query.regional.RegionalProgressFold;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures of the participant view that come from the cohort's calendar or from the date the view is served for. */
class ServedFiguresTest {

    @Test
    void attendanceCountsSessionsHeldSinceEnrolmentAndTheOnesTheTeamAttended() {
        TestEvents events = new TestEvents("p", "c").cohort(); // sessions s1..s3 in March, April, May 2023
        String a = events.participant("LHJ-A", 1, "FINANCE");
        String b = events.participant("LHJ-B", 1, "FINANCE");
        events.add(new SessionHeld("c", "p", "s1", null, LocalDate.of(2023, 2, 20))); // before anyone enrolled
        events.add(new SessionHeld("c", "p", "s2", null, LocalDate.of(2023, 4, 16)));
        events.add(new SessionHeld("c", "p", "s3", null, LocalDate.of(2023, 5, 16)));
        events.add(new AttendanceRecorded("c", "p", "s2", a, 3, List.of("FINANCE"), LocalDate.of(2023, 4, 16)));
        events.add(new AttendanceRecorded("c", "p", "s3", b, 2, List.of("FINANCE"), LocalDate.of(2023, 5, 16)));
        RegionalTallies cohort = RegionalProgressFold.replay(events.events());

        ParticipantProgress.Participation lhjA = ParticipationJoin.of(fold(events.events(), a), cohort);
        assertThat(lhjA).isEqualTo(new ParticipantProgress.Participation(2, 1, 50, "s2", LocalDate.of(2023, 4, 16)));
        assertThat(ParticipationJoin.of(fold(events.events(), b), cohort).lastSessionAttended()).isEqualTo("s3");

        // a team recorded with nobody present did not attend; sessions after a withdrawal are not held "for" it
        events.add(new org.equityaccelerator.events.AttendanceCorrected("c", "p", "s3", b, 0, List.of(), "nobody came",
                LocalDate.of(2023, 5, 17)));
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(a, "c", "p", "LHJ-A", "reorganisation",
                LocalDate.of(2023, 4, 30)));
        RegionalTallies later = RegionalProgressFold.replay(events.events());
        assertThat(ParticipationJoin.of(fold(events.events(), b), later).sessionsAttended()).isZero();
        assertThat(ParticipationJoin.of(fold(events.events(), a), later))
                .isEqualTo(new ParticipantProgress.Participation(1, 1, 100, "s2", LocalDate.of(2023, 4, 16)));
    }

    @Test
    void overdueGoalsAndDaysSinceTheLastCheckInDependOnTheServedDate() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 2, "FINANCE"); // g-LHJ-A-0 and -1, target 2024-06-30
        events.add(new GoalProgressReported(id, "c", "p", "g-LHJ-A-0", LocalDate.of(2024, 5, 1), "AT_RISK", 4, null,
                "", LocalDate.of(2024, 5, 1)));
        events.add(new GoalAchieved(id, "c", "p", "g-LHJ-A-1", List.of("doc:1"), LocalDate.of(2024, 6, 1)));
        ParticipantProgress view = fold(events.events(), id);

        ServedDate.apply(view, LocalDate.of(2024, 6, 30));
        assertThat(view.goals.overdue).isZero();
        assertThat(view.goals.items.get(0).daysSinceLastCheckIn).isEqualTo(60);

        ServedDate.apply(view, LocalDate.of(2024, 7, 1));
        assertThat(view.goals.items).extracting(g -> g.overdue).containsExactly(true, false); // achieved: not overdue
        assertThat(view.goals.overdue).isEqualTo(1);
    }

    /**
     * A cohort closed at the end of 2023, read "today" in 2026: figures count to the closure, and a goal that was
     * achieved or deferred is never overdue and has no days since its check-in.
     */
    @Test
    void aCohortClosedIn2023ServedIn2026CountsToItsClosure() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 3, "FINANCE"); // g-LHJ-A-0..2, target 2024-06-30
        events.add(new org.equityaccelerator.events.GoalRevised(id, "c", "p", "g-LHJ-A-0", "TARGET_DATE",
                "2024-06-30", "2023-10-31", "sooner", LocalDate.of(2023, 8, 1)));
        for (int g = 0; g < 3; g++) {
            events.add(new GoalProgressReported(id, "c", "p", "g-LHJ-A-" + g, LocalDate.of(2023, 9, 1), "ON_TRACK", 4,
                    null, "", LocalDate.of(2023, 9, 1)));
        }
        events.add(new GoalAchieved(id, "c", "p", "g-LHJ-A-1", List.of("doc:1"), LocalDate.of(2023, 11, 1)));
        events.add(new org.equityaccelerator.events.GoalDeferred(id, "c", "p", "g-LHJ-A-2", LocalDate.of(2024, 6, 30),
                LocalDate.of(2023, 11, 30), "budget", LocalDate.of(2023, 10, 1)));
        events.add(new org.equityaccelerator.events.MetricAdoptedForCohort("c", "p", "M-DAYS", "1.0", "days to pay",
                "DAYS", "LOWER_IS_BETTER", "QUARTER", "MEDIAN_OF_ORGS", LocalDate.of(2023, 3, 1)));
        events.add(new org.equityaccelerator.events.MetricBaselineSet(id, "c", "p", "M-DAYS", "2023-Q1",
                new java.math.BigDecimal("50"), null, null, "finance", LocalDate.of(2023, 4, 10)));
        events.add(new org.equityaccelerator.events.MetricObservationRecorded(id, "c", "p", "M-DAYS", "2023-Q2",
                new java.math.BigDecimal("45"), null, null, "finance", LocalDate.of(2023, 7, 10)));
        events.add(new org.equityaccelerator.events.CohortClosed("c", "p", LocalDate.of(2023, 12, 31)));
        RegionalTallies cohort = RegionalProgressFold.replay(events.events());

        ParticipantProgress view = ServedDate.serve(fold(events.events(), id), cohort, LocalDate.of(2026, 11, 30));
        ParticipantProgress.Goal open = view.goals.items.get(0);
        assertThat(open.overdue).isTrue();                      // due 2023-10-31, still open at the closure
        assertThat(open.daysSinceLastCheckIn).isEqualTo(121);   // 2023-09-01 to 2023-12-31, not to 2026
        assertThat(view.goals.items.get(1).daysSinceLastCheckIn).isNull(); // achieved
        assertThat(view.goals.items.get(2).overdue).isFalse();  // deferred (to 2023-11-30): a decision, not a lapse
        assertThat(view.goals.items.get(2).daysSinceLastCheckIn).isNull();
        assertThat(view.goals.overdue).isEqualTo(1);
        // 2023-Q3 ended without a value; nothing after the closure is "missing"
        assertThat(view.metrics.get("M-DAYS").periodsMissing).containsExactly("2023-Q3");
    }

    @Test
    void communityEngagementCountsActivitiesPeopleAndLanguages() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 0, "FINANCE");
        events.add(new CommunityEngagementRecorded(id, "c", "p", "ce-1", "LISTENING_SESSION", 20, List.of("en", "es"),
                "contracting barriers", LocalDate.of(2023, 5, 20)));
        events.add(new CommunityEngagementRecorded(id, "c", "p", "ce-2", "SURVEY", 75, List.of("es", "vi"),
                "payment terms", LocalDate.of(2023, 8, 1)));
        ParticipantProgress.CommunityEngagement engagement = fold(events.events(), id).communityEngagement;
        assertThat(engagement.activities).isEqualTo(2);
        assertThat(engagement.peopleEngaged).isEqualTo(95);
        assertThat(engagement.languages).containsExactly("en", "es", "vi");
        assertThat(engagement.byActivityType).containsEntry("SURVEY", 1);
    }

    @Test
    void aTrendCountsStepsInTheGoodDirectionAndMissingPeriodsAreThoseThatEndedWithoutAValue() {
        java.util.TreeMap<String, java.math.BigDecimal> values = new java.util.TreeMap<>();
        values.put("2023-Q2", new java.math.BigDecimal("30"));
        values.put("2023-Q3", new java.math.BigDecimal("25"));
        values.put("2024-Q1", new java.math.BigDecimal("20"));
        values.put("2024-Q2", new java.math.BigDecimal("18"));
        assertThat(MetricPeriods.trend(values, false)).isEqualTo(3); // days to pay: lower is better
        assertThat(MetricPeriods.trend(values, true)).isZero();
        // 2023-Q4 ended without a value; 2024-Q3 has not ended on 2024-09-30
        assertThat(MetricPeriods.missing(values, "2023-Q2", "QUARTER", LocalDate.of(2024, 9, 30)))
                .containsExactly("2023-Q4");
        assertThat(MetricPeriods.missing(values, "2023-Q2", "QUARTER", LocalDate.of(2024, 10, 1)))
                .containsExactly("2023-Q4", "2024-Q3");
        assertThat(MetricPeriods.missing(java.util.Map.of("2023-07", java.math.BigDecimal.ONE), "2023-07", "MONTH",
                LocalDate.of(2023, 10, 15))).containsExactly("2023-08", "2023-09");
    }

    /**
     * Withdrew in 2023 from a cohort still open (past its planned end date, still running), read in 2026: the
     * participant's figures count to its withdrawal, not to 2026.
     */
    @Test
    void aParticipantThatWithdrewIn2023IsServedToItsWithdrawal() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 1, "FINANCE"); // g-LHJ-A-0, target 2024-06-30
        events.add(new GoalProgressReported(id, "c", "p", "g-LHJ-A-0", LocalDate.of(2023, 9, 1), "ON_TRACK", 4,
                null, "", LocalDate.of(2023, 9, 1)));
        events.add(new org.equityaccelerator.events.MetricAdoptedForCohort("c", "p", "M-DAYS", "1.0", "days to pay",
                "DAYS", "LOWER_IS_BETTER", "QUARTER", "MEDIAN_OF_ORGS", LocalDate.of(2023, 3, 1)));
        events.add(new org.equityaccelerator.events.MetricBaselineSet(id, "c", "p", "M-DAYS", "2023-Q1",
                new java.math.BigDecimal("50"), null, null, "finance", LocalDate.of(2023, 4, 10)));
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(id, "c", "p", "LHJ-A", "reorganisation",
                LocalDate.of(2023, 9, 30)));
        RegionalTallies cohort = RegionalProgressFold.replay(events.events());

        ParticipantProgress view = ServedDate.serve(fold(events.events(), id), cohort, LocalDate.of(2026, 11, 30));
        assertThat(view.goals.items.get(0).overdue).isFalse();              // due 2024-06-30, after the withdrawal
        assertThat(view.goals.items.get(0).daysSinceLastCheckIn).isEqualTo(29); // 2023-09-01 to 2023-09-30
        assertThat(view.goals.overdue).isZero();
        assertThat(view.metrics.get("M-DAYS").periodsMissing).containsExactly("2023-Q2"); // Q3 ended after it
    }

    @Test
    void aWithdrawalShowsWithItsDateAndReason() {
        TestEvents events = new TestEvents("p", "c").cohort();
        String id = events.participant("LHJ-A", 0, "FINANCE");
        assertThat(fold(events.events(), id).enrolmentStatus).isEqualTo("ENROLLED");
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(id, "c", "p", "LHJ-A", "reorganisation",
                LocalDate.of(2023, 9, 30)));
        ParticipantProgress view = fold(events.events(), id);
        assertThat(view.enrolmentStatus).isEqualTo("WITHDRAWN");
        assertThat(view.withdrawnOn).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(view.withdrawalReason).isEqualTo("reorganisation");
    }

    private static ParticipantProgress fold(List<EventEnvelope> events, String participantId) {
        return ParticipantProgressFold.replay(events.stream().filter(e -> e.subject().equals(participantId)).toList());
    }
}
