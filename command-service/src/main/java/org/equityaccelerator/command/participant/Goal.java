package org.equityaccelerator.command.participant;

import java.time.LocalDate;
import java.util.Objects;

/** What the participant aggregate remembers of a goal to guard its lifecycle. */
final class Goal {
    GoalStatus status;
    String title;
    LocalDate committedOn;
    LocalDate targetDate;
    LocalDate lastReportAsOf;

    Goal(GoalStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    // value equality: Axon's fixture checks that handling a command and replaying its events give the same state
    @Override
    public boolean equals(Object o) {
        return o instanceof Goal g && status == g.status && Objects.equals(title, g.title)
                && Objects.equals(committedOn, g.committedOn) && Objects.equals(targetDate, g.targetDate)
                && Objects.equals(lastReportAsOf, g.lastReportAsOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, title, committedOn, targetDate, lastReportAsOf);
    }
}
