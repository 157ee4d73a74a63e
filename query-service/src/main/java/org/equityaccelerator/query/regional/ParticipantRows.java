package org.equityaccelerator.query.regional;

import org.equityaccelerator.query.projection.ViewJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-participant rows of the regional view. A participant without REGIONAL_NAMED consent is counted but not
 * identifiable: no org id, no participant id as key, no ids of its goals or changes, and no organisation's own scores
 * or metric values appear in any row (only the medians over enough participants do).
 */
final class ParticipantRows {
    private ParticipantRows() {
    }

    static TreeMap<String, RegionalProgress.ParticipantRow> of(RegionalTallies t) {
        TreeMap<String, RegionalProgress.ParticipantRow> shown = new TreeMap<>();
        List<RegionalProgress.ParticipantRow> anonymous = new ArrayList<>();
        for (String participantId : participantIds(t)) {
            RegionalProgress.ParticipantRow row = row(t, participantId);
            if (t.roster.named(participantId)) {
                String key = row.displayName;
                for (int n = 2; shown.containsKey(key); n++) {
                    key = row.displayName + " (" + n + ")"; // two consenting orgs of the same name stay apart
                }
                shown.put(key, row);
            } else {
                anonymous.add(row);
            }
        }
        // numbered in the order of their content, never of their ids: ids derive from the org and could be sorted
        // the same way by anyone who knows the orgs, which would name the anonymous rows
        anonymous.sort(Comparator.comparing(ViewJson::write));
        for (int i = 0; i < anonymous.size(); i++) {
            shown.put(String.format("anonymous-%02d", i + 1), anonymous.get(i));
        }
        return shown;
    }

    private static RegionalProgress.ParticipantRow row(RegionalTallies t, String participantId) {
        boolean named = t.roster.named(participantId);
        RosterTally.Member member = t.roster.members.get(participantId);
        RegionalProgress.ParticipantRow row = new RegionalProgress.ParticipantRow();
        row.displayName = t.roster.displayName(participantId);
        row.orgId = named ? member.orgId : null;
        row.consentScope = member == null ? null : member.consentScope;
        row.withdrawn = member != null && member.withdrawn;
        TeamTally.Team team = t.teams.of(participantId);
        row.teamFormed = team.formed;
        row.teamActive = team.active;
        row.rolesCovered = team.rolesCovered();
        AssessmentTally.Scores scores = t.assessments.of(participantId);
        row.hasBaseline = scores.hasBaseline;
        row.scoringRule = scores.scoringRule;
        row.assessmentsCompleted = scores.completed;
        TreeMap<String, GoalTally.Goal> goals = t.goals.of(participantId);
        row.goalsCommitted = GoalTally.committed(goals);
        TreeMap<String, ProcessChangeTally.Change> changes = t.changes.of(participantId);
        row.processChangesRecorded = changes.size();
        changes.values().forEach(c -> row.changesByLifecycleStage.merge(c.stage, 1, Integer::sum));
        if (named) {
            goals.forEach((id, goal) -> row.goalStatus.put(id, goal.status.name()));
            changes.forEach((id, c) -> row.changes.put(id, List.of(c.changeType, c.status.name())));
        }
        return row;
    }

    /** Everyone the cohort's events name as a participant. */
    private static TreeSet<String> participantIds(RegionalTallies t) {
        TreeSet<String> ids = new TreeSet<>(t.roster.members.keySet());
        ids.addAll(t.teams.teams.keySet());
        ids.addAll(t.goals.goals.keySet());
        ids.addAll(t.assessments.scores.keySet());
        ids.addAll(t.changes.changes.keySet());
        ids.addAll(t.barriers.barriers.keySet());
        t.metrics.series.values().forEach(s -> ids.addAll(s.keySet()));
        return ids;
    }
}
