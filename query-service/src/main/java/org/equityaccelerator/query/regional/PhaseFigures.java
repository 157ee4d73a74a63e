package org.equityaccelerator.query.regional;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The regional view's per-phase figures: sessions scheduled vs held, attendance and goals within each phase. */
final class PhaseFigures {
    private PhaseFigures() {
    }

    static void publish(RegionalProgress v, RegionalTallies t) {
        for (CohortTally.Phase phase : t.cohort.phases) {
            List<SessionTally.Session> sessions = t.sessions.sessions.stream()
                    .filter(s -> Objects.equals(phaseOf(t.cohort, s), phase.phaseId())).toList();
            int present = 0;
            int takingPart = 0;
            for (SessionTally.Session s : sessions) {
                if (s.held()) {
                    present += t.roster.presentAt(s);
                    takingPart += t.roster.takingPartIn(s);
                }
            }
            int committed = (int) t.goals.all().filter(g -> phase.contains(g.committedOn)).count();
            int achieved = (int) t.goals.all()
                    .filter(g -> g.status == GoalTally.Status.ACHIEVED && phase.contains(g.achievedOn)).count();
            v.phases.add(new RegionalProgress.Phase(phase.phaseId(), phase.name(), phase.startDate(), phase.endDate(),
                    phase.expectation(), sessions.size(), (int) sessions.stream().filter(s -> s.held()).count(),
                    takingPart == 0 ? null : (int) Math.round(100.0 * present / takingPart), committed, achieved));
        }
    }

    /** The phase the session was scheduled in, else the one its held (or scheduled) date falls in. */
    private static String phaseOf(CohortTally cohort, SessionTally.Session session) {
        if (session.phaseId != null) {
            return session.phaseId;
        }
        LocalDate day = session.heldOn != null ? session.heldOn : session.scheduledFor;
        CohortTally.Phase phase = cohort.phaseOn(day);
        return phase == null ? null : phase.phaseId();
    }
}
