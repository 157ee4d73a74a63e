package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.GoalAbandoned;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.GoalDeferred;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.GoalProgressReported;
import org.equityaccelerator.events.GoalReopened;
import org.equityaccelerator.events.GoalRevised;

/** The goals block of the participant view: each goal's lifecycle, and the counts derived from all of them. */
final class GoalFold {
    private GoalFold() {
    }

    static boolean appliesTo(Object data) {
        return data instanceof GoalDrafted || data instanceof GoalCommitted || data instanceof GoalProgressReported
                || data instanceof GoalRevised || data instanceof GoalAchieved || data instanceof GoalDeferred
                || data instanceof GoalAbandoned || data instanceof GoalReopened;
    }

    static void apply(ParticipantProgress.Goals goals, Object data) {
        if (data instanceof GoalDrafted e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            goal.title = e.title();
            goal.tags = e.tags();
            goal.status = "DRAFTED";
        } else if (data instanceof GoalCommitted e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            goal.title = e.title();
            goal.status = "COMMITTED";
            goal.targetDate = e.targetDate();
            goal.successCriteria = e.successCriteria();
            goal.ownerRole = e.ownerRole();
            goal.committedOn = e.occurredOn();
            goals.committed++;
        } else if (data instanceof GoalProgressReported e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            goal.status = "IN_PROGRESS";
            goal.lastCheckIn = new ParticipantProgress.CheckIn(e.asOf(), e.status(), e.confidence(), e.progressPct());
            goal.checkIns++;
        } else if (data instanceof GoalRevised e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            if (e.field().equals("TARGET_DATE")) {
                goal.targetDate = java.time.LocalDate.parse(e.newValue());
            } else if (e.field().equals("TITLE")) {
                goal.title = e.newValue();
            }
            goal.revisionCount++;
        } else if (data instanceof GoalAchieved e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            goal.status = "ACHIEVED";
            goal.achievedOn = e.occurredOn();
            goal.evidence = e.evidence();
        } else if (data instanceof GoalDeferred e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            goal.status = "DEFERRED";
            goal.targetDate = e.newTargetDate();
            goal.revisionCount++;
        } else if (data instanceof GoalAbandoned e) {
            goal(goals, e.goalId()).status = "ABANDONED";
        } else if (data instanceof GoalReopened e) {
            ParticipantProgress.Goal goal = goal(goals, e.goalId());
            goal.status = goal.committedOn == null ? "DRAFTED" : "IN_PROGRESS";
            goal.achievedOn = null;
        }
        count(goals);
    }

    private static void count(ParticipantProgress.Goals goals) {
        goals.byStatus.clear();
        goals.items.forEach(g -> goals.byStatus.merge(g.status, 1, Integer::sum));
        goals.achieved = goals.byStatus.getOrDefault("ACHIEVED", 0);
        goals.percentAchieved = goals.committed == 0 ? null
                : (int) Math.round(100.0 * goals.achieved / goals.committed);
    }

    private static ParticipantProgress.Goal goal(ParticipantProgress.Goals goals, String goalId) {
        for (ParticipantProgress.Goal goal : goals.items) {
            if (goal.goalId.equals(goalId)) {
                return goal;
            }
        }
        ParticipantProgress.Goal goal = new ParticipantProgress.Goal();
        goal.goalId = goalId;
        goals.items.add(goal);
        return goal;
    }
}
