package org.equityaccelerator.query.participant;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Figures that depend on the date a view is served for (asOf, or today): overdue goals and days since the last
 * check-in. Folds have no clock, so these are set when the view is served and never stored.
 */
public final class ServedDate {
    /** Statuses in which a passed target date no longer matters. */
    public static final Set<String> CLOSED_GOALS = Set.of("ACHIEVED", "ABANDONED");

    private ServedDate() {
    }

    static void apply(ParticipantProgress view, LocalDate on) {
        int overdue = 0;
        for (ParticipantProgress.Goal goal : view.goals.items) {
            goal.overdue = isOverdue(goal.status, goal.targetDate, on);
            goal.daysSinceLastCheckIn = goal.lastCheckIn == null ? null
                    : ChronoUnit.DAYS.between(goal.lastCheckIn.asOf(), on);
            overdue += Boolean.TRUE.equals(goal.overdue) ? 1 : 0;
        }
        view.goals.overdue = overdue;
    }

    /** Null when the goal has no target date yet (drafted). */
    public static Boolean isOverdue(String status, LocalDate targetDate, LocalDate on) {
        return targetDate == null ? null : targetDate.isBefore(on) && !CLOSED_GOALS.contains(status);
    }
}
