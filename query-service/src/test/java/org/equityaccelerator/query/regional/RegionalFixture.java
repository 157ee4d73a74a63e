package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.BarrierAccepted;
import org.equityaccelerator.events.BarrierAddressed;
import org.equityaccelerator.events.BarrierIdentified;
import org.equityaccelerator.events.CohortClosed;
import org.equityaccelerator.events.CohortPhaseDefined;
import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.events.MetricTargetSet;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.equityaccelerator.events.RegionalRecommendationDrafted;
import org.equityaccelerator.events.RegionalRecommendationEndorsed;
import org.equityaccelerator.events.SessionCancelled;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.events.SessionRescheduled;
import org.equityaccelerator.events.TeamActivated;
import org.equityaccelerator.query.TestEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cohort touching every area of the regional view: four participants (one named, one withdrawn), phases, held,
 * cancelled and rescheduled sessions with attendance, barriers, drafted goals, metrics of two roll-up rules, an
 * instrument, a recommendation and the closure.
 */
final class RegionalFixture {
    static final String C = "pha-rea-2023";
    static final String P = "pha-rea";
    final TestEvents events = new TestEvents(P, C).cohort(RegionalProgressFoldTest.REQUIRED);
    final String a;
    final String b;
    final String c;
    final String d;

    RegionalFixture() {
        a = events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER");
        b = events.participant("LHJ-B", 1, "HEALTH_EQUITY_PROGRAM_MANAGER", "FINANCE", "EXECUTIVE_LEADERSHIP");
        c = events.participant("LHJ-C", 0, "FINANCE");
        d = events.participant("LHJ-D", 1, "EXECUTIVE_LEADERSHIP");
        events.add(new CohortPhaseDefined(C, P, "ph-1", "Learn", day(3, 1), day(6, 30), "baseline", day(2, 1)));
        events.add(new CohortPhaseDefined(C, P, "ph-2", "Act", day(7, 1), day(12, 31), "changes", day(2, 1)));
        events.add(new InstrumentAdoptedForCohort(C, P, "CP-SA-DEMO", "1.0", List.of("BASELINE", "ENDLINE"), day(2, 2)));
        events.add(new ConsentRecorded(a, C, P, "REGIONAL_NAMED", "EXECUTIVE_LEADERSHIP", day(3, 20)));
        events.add(new TeamActivated(a, C, P, 2, List.of("EXECUTIVE_LEADERSHIP"), day(3, 21)));
        events.add(new TeamActivated(b, C, P, 3, List.of("FINANCE"), day(3, 21)));
        events.add(new SessionHeld(C, P, "s1", null, day(3, 16)));
        for (String id : List.of(a, b, c)) {
            events.add(new AttendanceRecorded(C, P, "s1", id, 2, List.of("FINANCE"), day(3, 16)));
        }
        events.add(new SessionRescheduled(C, P, "s2", day(4, 1), day(4, 20), "holiday", day(3, 30)));
        events.add(new SessionHeld(C, P, "s2", null, day(4, 20)));
        events.add(new AttendanceRecorded(C, P, "s2", a, 1, List.of("FINANCE"), day(4, 20)));
        events.add(new ParticipantWithdrew(d, C, P, "LHJ-D", "reorganisation", day(4, 30)));
        events.add(new SessionCancelled(C, P, "s3", "no quorum", day(5, 1)));
        events.add(new BarrierIdentified(a, C, P, "b-1", "PAYMENT", "slow pay", "SESSION", "s1", day(3, 16)));
        events.add(new BarrierIdentified(b, C, P, "b-2", "PAYMENT", "insurance", "SESSION", "s1", day(3, 16)));
        events.add(new BarrierIdentified(b, C, P, "b-3", "ACCESS_SUBMISSION", "portal", "SESSION", "s1", day(3, 16)));
        events.add(new BarrierAddressed(a, C, P, "b-1", "pc-LHJ-A-1", day(6, 1)));
        events.add(new BarrierAccepted(b, C, P, "b-2", "state law", day(6, 1)));
        events.add(new GoalDrafted(b, C, P, "g-draft", "Local purchasing", List.of("HAN-IP", "PAYMENT"), day(5, 2)));
        events.add(new org.equityaccelerator.events.GoalAchieved(a, C, P, "g-LHJ-A-0", List.of("doc:1"), day(11, 20)));
        events.add(new MetricAdoptedForCohort(C, P, "M-CBO-SHARE", "1.0", "% of $ to CBOs", "PERCENT",
                "HIGHER_IS_BETTER", "QUARTER", "POOLED_RATIO", day(8, 1)));
        events.add(new MetricAdoptedForCohort(C, P, "M-DAYS-TO-PAY", "1.0", "days to pay", "DAYS", "LOWER_IS_BETTER",
                "QUARTER", "MEDIAN_OF_ORGS", day(8, 1), null, "HOW_WELL", null, null, null));
        String[] dens = {"9500000", "4000000", "6500000"};
        String[] days = {"40", "50", "60"};
        List<String> reporting = List.of(a, b, c);
        for (int i = 0; i < 3; i++) {
            String id = reporting.get(i);
            BigDecimal num = new BigDecimal("1000000");
            BigDecimal den = new BigDecimal(dens[i]);
            events.add(new MetricBaselineSet(id, C, P, "M-CBO-SHARE", "2023-Q2",
                    num.multiply(BigDecimal.valueOf(100)).divide(den, 2, java.math.RoundingMode.HALF_UP), num, den,
                    "finance", day(8, 2)));
            events.add(new MetricTargetSet(id, C, P, "M-CBO-SHARE", "2024-Q4", new BigDecimal("20"), day(8, 2)));
            events.add(new MetricBaselineSet(id, C, P, "M-DAYS-TO-PAY", "2023-Q2", new BigDecimal(days[i]), null, null,
                    "finance", day(8, 2)));
            events.add(new MetricObservationRecorded(id, C, P, "M-DAYS-TO-PAY", "2023-Q3",
                    new BigDecimal(days[i]).subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(i % 2))), null, null,
                    "finance", day(10, 5)));
        }
        events.add(new MetricObservationRecorded(a, C, P, "M-CBO-SHARE", "2023-Q3", new BigDecimal("12.00"),
                new BigDecimal("1200000"), new BigDecimal("10000000"), "finance", day(10, 5)));
        events.add(new RegionalRecommendationDrafted("r-1", C, P, "Advance payment", "payment", "text", 2, day(11, 16)));
        events.add(new RegionalRecommendationEndorsed("r-1", C, P, a, "LHJ-A", "EXECUTIVE_LEADERSHIP", day(12, 1)));
        events.add(new RegionalRecommendationEndorsed("r-1", C, P, b, "LHJ-B", "EXECUTIVE_LEADERSHIP", day(12, 1)));
        events.add(new CohortClosed(C, P, day(12, 31)));
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2023, month, dayOfMonth);
    }
}
