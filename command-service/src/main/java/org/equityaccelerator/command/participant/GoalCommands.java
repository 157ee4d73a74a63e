package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The goal lifecycle's commands (committing is {@link ParticipantCommands.CommitGoalCommand}). */
final class GoalCommands {
    private GoalCommands() {
    }

    enum ProgressStatus { ON_TRACK, AT_RISK, OFF_TRACK }

    enum RevisableField { TARGET_DATE, TITLE }

    /** A step of an existing goal: handled by the {@link Goal} entity it names. */
    interface GoalStep {
        String goalId();
    }

    record DraftGoalCommand(@TargetAggregateIdentifier String participantId, String goalId, String title,
                            List<String> tags, LocalDate occurredOn) {
    }

    record ReportGoalProgressCommand(@TargetAggregateIdentifier String participantId, String goalId, LocalDate asOf,
                                     ProgressStatus status, int confidence, Integer progressPct, String note,
                                     LocalDate occurredOn) implements GoalStep {
    }

    record ReviseGoalCommand(@TargetAggregateIdentifier String participantId, String goalId, RevisableField field,
                             String newValue, String reason, LocalDate occurredOn) implements GoalStep {
    }

    record MarkGoalAchievedCommand(@TargetAggregateIdentifier String participantId, String goalId,
                                   List<String> evidence, LocalDate occurredOn) implements GoalStep {
    }

    record DeferGoalCommand(@TargetAggregateIdentifier String participantId, String goalId, LocalDate newTargetDate,
                            String reason, LocalDate occurredOn) implements GoalStep {
    }

    record AbandonGoalCommand(@TargetAggregateIdentifier String participantId, String goalId, String reason,
                              LocalDate occurredOn) implements GoalStep {
    }

    record ReopenGoalCommand(@TargetAggregateIdentifier String participantId, String goalId, String reason,
                             LocalDate occurredOn) implements GoalStep {
    }
}
