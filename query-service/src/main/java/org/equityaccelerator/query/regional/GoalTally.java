package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.GoalAbandoned;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.GoalDeferred;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.GoalEvent;
import org.equityaccelerator.events.GoalReopened;
import org.equityaccelerator.events.GoalRevised;

import java.time.LocalDate;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Goals of every participant: drafted (with their tags), committed, and each goal's status and target date. */
public class GoalTally {
    public int drafted;
    /** Tag -> goals drafted with it (lifecycle stage, HIP category, HAN pillar...). */
    public TreeMap<String, Integer> draftedByTag = new TreeMap<>();
    /** participantId -> goalId -> goal. */
    public TreeMap<String, TreeMap<String, Goal>> goals = new TreeMap<>();

    /** OPEN covers committed, checked in and reopened goals: what the regional figures need to tell apart. */
    public enum Status { DRAFTED, OPEN, DEFERRED, ACHIEVED, ABANDONED }

    public static class Goal {
        public Status status;
        public LocalDate targetDate;
        public LocalDate committedOn;
        public LocalDate achievedOn;

        /** Committed and neither achieved nor abandoned: carried over when the cohort closes. */
        boolean open() {
            return status == Status.OPEN || status == Status.DEFERRED;
        }
    }

    static boolean appliesTo(Object data) {
        return data instanceof GoalEvent;
    }

    void apply(Object data) {
        GoalEvent event = (GoalEvent) data;
        Goal goal = goals.computeIfAbsent(event.participantId(), id -> new TreeMap<>())
                .computeIfAbsent(event.goalId(), id -> new Goal());
        if (data instanceof GoalDrafted e) {
            drafted++;
            e.tags().forEach(tag -> draftedByTag.merge(tag, 1, Integer::sum));
            goal.status = Status.DRAFTED;
        } else if (data instanceof GoalCommitted e) {
            goal.status = Status.OPEN;
            goal.targetDate = e.targetDate();
            goal.committedOn = e.occurredOn();
        } else if (data instanceof GoalDeferred e) {
            goal.status = Status.DEFERRED;
            goal.targetDate = e.newTargetDate();
        } else if (data instanceof GoalRevised e) {
            if (e.field().equals("TARGET_DATE")) {
                goal.targetDate = LocalDate.parse(e.newValue());
            }
        } else if (data instanceof GoalAchieved e) {
            goal.status = Status.ACHIEVED;
            goal.achievedOn = e.occurredOn();
        } else if (data instanceof GoalAbandoned) {
            goal.status = Status.ABANDONED;
        } else if (data instanceof GoalReopened) {
            goal.status = goal.committedOn == null ? Status.DRAFTED : Status.OPEN;
            goal.achievedOn = null;
        } else {
            goal.status = goal.committedOn == null ? Status.DRAFTED : Status.OPEN; // a check-in
        }
    }

    TreeMap<String, Goal> of(String participantId) {
        return goals.getOrDefault(participantId, new TreeMap<>());
    }

    Stream<Goal> all() {
        return goals.values().stream().flatMap(g -> g.values().stream());
    }

    static int committed(TreeMap<String, Goal> goals) {
        return (int) goals.values().stream().filter(g -> g.committedOn != null).count();
    }

    static int achieved(TreeMap<String, Goal> goals) {
        return (int) goals.values().stream().filter(g -> g.status == Status.ACHIEVED).count();
    }
}
