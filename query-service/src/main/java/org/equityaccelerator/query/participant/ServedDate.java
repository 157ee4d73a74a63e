package org.equityaccelerator.query.participant;

import org.equityaccelerator.query.regional.RegionalTallies;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Figures that depend on the date a view is served for (asOf, or today): overdue goals and days since the last
 * check-in. Folds have no clock, so these are set when the view is served and never stored. They count to the
 * cohort's closure or the participant's withdrawal, whichever came first: a cohort closed in 2023 and read in 2026
 * shows 2023's figures, and so does a participant that withdrew in 2023 from a cohort still running. An open cohort
 * past its planned end date is still running and is not bounded by it.
 */
public final class ServedDate {
    /**
     * Statuses in which a passed target date no longer matters and "days since check-in" means nothing: the goal
     * was achieved or abandoned, or deliberately deferred (with a new date).
     */
    public static final Set<String> CLOSED_GOALS = Set.of("ACHIEVED", "ABANDONED", "DEFERRED");

    private ServedDate() {
    }

    /**
     * Sets the figures of a participant view that come from its cohort (participation) or from the date it is
     * served for: {@code requested} (asOf, or today), bounded by the cohort's closure and the participant's withdrawal.
     */
    static ParticipantProgress serve(ParticipantProgress view, RegionalTallies cohort, LocalDate requested) {
        LocalDate on = cohort == null ? requested : cohort.cohort.servedUntil(requested);
        if (view.withdrawnOn != null && view.withdrawnOn.isBefore(on)) {
            on = view.withdrawnOn;
        }
        view.participation = ParticipationJoin.of(view, cohort);
        apply(view, on);
        MetricPeriods.apply(view, cohort, on);
        return view;
    }

    static void apply(ParticipantProgress view, LocalDate on) {
        int overdue = 0;
        for (ParticipantProgress.Goal goal : view.goals.items) {
            goal.overdue = isOverdue(goal.status, goal.targetDate, on);
            goal.daysSinceLastCheckIn = goal.lastCheckIn == null || CLOSED_GOALS.contains(goal.status) ? null
                    : Math.max(0, ChronoUnit.DAYS.between(goal.lastCheckIn.asOf(), on));
            overdue += Boolean.TRUE.equals(goal.overdue) ? 1 : 0;
        }
        view.goals.overdue = overdue;
    }

    /** Null when the goal has no target date yet (drafted). */
    public static Boolean isOverdue(String status, LocalDate targetDate, LocalDate on) {
        return targetDate == null ? null : targetDate.isBefore(on) && !CLOSED_GOALS.contains(status);
    }
}
