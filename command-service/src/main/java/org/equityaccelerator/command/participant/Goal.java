package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.equityaccelerator.command.participant.GoalCommands.AbandonGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.DeferGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.MarkGoalAchievedCommand;
import org.equityaccelerator.command.participant.GoalCommands.ReopenGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.ReportGoalProgressCommand;
import org.equityaccelerator.command.participant.GoalCommands.ReviseGoalCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.GoalAbandoned;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalDeferred;
import org.equityaccelerator.events.GoalProgressReported;
import org.equityaccelerator.events.GoalReopened;
import org.equityaccelerator.events.GoalRevised;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A goal of the participant, an entity of its stream addressed by {@code goalId}: once drafted or committed (by the
 * participant, which checks the team and the cohort), it takes check-ins, revisions, a deferral, achievement,
 * abandonment and reopening, each only from the states named here.
 */
final class Goal {
    @EntityId
    private final String goalId;
    private final StreamIds ids;
    GoalStatus status;
    String title;
    LocalDate committedOn;
    LocalDate targetDate;
    LocalDate lastReportAsOf;

    Goal(String goalId, StreamIds ids, GoalStatus status, String title) {
        this.goalId = goalId;
        this.ids = ids;
        this.status = status;
        this.title = title;
    }

    @CommandHandler
    void handle(ReportGoalProgressCommand command) {
        requireActive("report progress on");
        if (command.asOf().isBefore(committedOn)) {
            throw new RuleViolation("asOf", "a check-in cannot be dated before the commitment (" + committedOn + ")");
        }
        if (lastReportAsOf != null && command.asOf().isBefore(lastReportAsOf)) {
            throw new RuleViolation("asOf", "a check-in cannot be dated before the previous one ("
                    + lastReportAsOf + ")");
        }
        apply(new GoalProgressReported(ids.participantId(), ids.cohortId(), ids.programId(), goalId, command.asOf(),
                command.status().name(), command.confidence(), command.progressPct(), command.note(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(ReviseGoalCommand command) {
        requireActive("revise");
        String oldValue;
        if (command.field() == GoalCommands.RevisableField.TARGET_DATE) {
            LocalDate newDate = parseDate(command.newValue());
            if (!newDate.isAfter(command.occurredOn())) {
                throw new RuleViolation("newValue", "a revised target date must be after the revision date");
            }
            oldValue = targetDate.toString();
        } else {
            oldValue = title;
        }
        apply(new GoalRevised(ids.participantId(), ids.cohortId(), ids.programId(), goalId, command.field().name(),
                oldValue, command.newValue(), command.reason(), command.occurredOn()));
    }

    @CommandHandler
    void handle(MarkGoalAchievedCommand command) {
        if (!status.active()) {
            throw new RuleViolation("goalId", "a goal can only be achieved once committed and still open; it is "
                    + status);
        }
        if (command.occurredOn().isBefore(committedOn)) {
            throw new RuleViolation("occurredOn", "achieved before it was committed (" + committedOn + ")");
        }
        apply(new GoalAchieved(ids.participantId(), ids.cohortId(), ids.programId(), goalId, command.evidence(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(DeferGoalCommand command) {
        requireActive("defer");
        if (!command.newTargetDate().isAfter(targetDate) || !command.newTargetDate().isAfter(command.occurredOn())) {
            throw new RuleViolation("newTargetDate", "a deferral moves the target date later than " + targetDate
                    + " and after the deferral date");
        }
        apply(new GoalDeferred(ids.participantId(), ids.cohortId(), ids.programId(), goalId, targetDate,
                command.newTargetDate(), command.reason(), command.occurredOn()));
    }

    @CommandHandler
    void handle(AbandonGoalCommand command) {
        if (status == GoalStatus.ACHIEVED || status == GoalStatus.ABANDONED) {
            throw new RuleViolation("goalId", "the goal is already " + status);
        }
        apply(new GoalAbandoned(ids.participantId(), ids.cohortId(), ids.programId(), goalId, command.reason(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(ReopenGoalCommand command) {
        if (status != GoalStatus.ACHIEVED && status != GoalStatus.ABANDONED) {
            throw new RuleViolation("goalId", "only an achieved or abandoned goal can be reopened; it is " + status);
        }
        apply(new GoalReopened(ids.participantId(), ids.cohortId(), ids.programId(), goalId, command.reason(),
                command.occurredOn()));
    }

    private void requireActive(String action) {
        if (!status.active()) {
            throw new RuleViolation("goalId", "cannot " + action + " a goal that is " + status);
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation("newValue", "a TARGET_DATE revision needs an ISO date (yyyy-mm-dd)");
        }
    }

    @EventSourcingHandler
    void on(GoalProgressReported event) {
        status = GoalStatus.IN_PROGRESS;
        lastReportAsOf = event.asOf();
    }

    @EventSourcingHandler
    void on(GoalRevised event) {
        if (event.field().equals("TARGET_DATE")) {
            targetDate = LocalDate.parse(event.newValue());
        } else {
            title = event.newValue();
        }
    }

    @EventSourcingHandler
    void on(GoalAchieved event) {
        status = GoalStatus.ACHIEVED;
    }

    @EventSourcingHandler
    void on(GoalDeferred event) {
        status = GoalStatus.DEFERRED;
        targetDate = event.newTargetDate();
    }

    @EventSourcingHandler
    void on(GoalAbandoned event) {
        status = GoalStatus.ABANDONED;
    }

    @EventSourcingHandler
    void on(GoalReopened event) {
        status = committedOn == null ? GoalStatus.DRAFTED : GoalStatus.IN_PROGRESS;
    }

    // value equality: Axon's fixture checks that handling a command and replaying its events give the same state
    @Override
    public boolean equals(Object o) {
        return o instanceof Goal g && goalId.equals(g.goalId) && ids.equals(g.ids) && status == g.status
                && Objects.equals(title, g.title) && Objects.equals(committedOn, g.committedOn)
                && Objects.equals(targetDate, g.targetDate) && Objects.equals(lastReportAsOf, g.lastReportAsOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goalId, status, title, committedOn, targetDate, lastReportAsOf);
    }
}
