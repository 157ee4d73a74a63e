package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.CommunityEngagementRecorded;
import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantEvent;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.equityaccelerator.events.TeamActivated;
import org.equityaccelerator.events.TeamMemberAdded;
import org.equityaccelerator.events.TeamMemberRemoved;

/**
 * {@code view' = apply(view, event)} for the participant progress view: no clock, no lookups, so live projection,
 * rebuild and as-of replays agree by construction. The view passed in is updated and returned.
 */
public final class ParticipantProgressFold {
    private ParticipantProgressFold() {
    }

    /** True for the events that change a participant's view (the view is keyed by the event's subject). */
    public static boolean appliesTo(EventEnvelope event) {
        return event.data() instanceof ParticipantEvent;
    }

    /** Folds events from nothing, as a rebuild or an as-of view does; null when none of them applies. */
    public static ParticipantProgress replay(Iterable<EventEnvelope> events) {
        ParticipantProgress view = null;
        for (EventEnvelope event : events) {
            if (appliesTo(event)) {
                view = apply(view, event);
            }
        }
        return view;
    }

    private static void countMembers(ParticipantProgress.Team team) {
        team.size = team.members.size();
        team.membersByRole.clear();
        team.members.values().forEach(role -> team.membersByRole.merge(role, 1, Integer::sum));
        team.rolesCovered.clear();
        team.rolesCovered.addAll(team.members.values());
    }

    public static ParticipantProgress apply(ParticipantProgress view, EventEnvelope event) {
        ParticipantProgress v = view == null ? new ParticipantProgress() : view;
        Object data = event.data();
        if (data instanceof ParticipantEnrolled e) {
            v.participantId = e.participantId();
            v.cohortId = e.cohortId();
            v.programId = e.programId();
            v.orgId = e.orgId();
            v.orgName = e.orgName();
            v.orgType = e.orgType();
            v.enrolledOn = e.occurredOn();
            v.enrolmentStatus = "ENROLLED";
        } else if (data instanceof ParticipantWithdrew e) {
            v.enrolmentStatus = "WITHDRAWN";
            v.withdrawnOn = e.occurredOn();
            v.withdrawalReason = e.reason();
        } else if (data instanceof CommunityEngagementRecorded e) {
            v.communityEngagement.activities++;
            v.communityEngagement.peopleEngaged += e.participantsCount();
            v.communityEngagement.languages.addAll(e.languages());
            v.communityEngagement.byActivityType.merge(e.activityType(), 1, Integer::sum);
        } else if (data instanceof ConsentRecorded e) {
            v.consentScope = e.scope();
        } else if (data instanceof ChangeTeamFormed e) {
            v.team.formed = true;
            v.team.formedOn = e.occurredOn();
            v.team.status = "FORMED";
        } else if (data instanceof TeamMemberAdded e) {
            v.team.members.put(e.memberRef(), e.role());
            countMembers(v.team);
        } else if (data instanceof TeamMemberRemoved e) {
            v.team.members.remove(e.memberRef());
            countMembers(v.team);
        } else if (data instanceof TeamActivated e) {
            v.team.status = "ACTIVE";
            v.team.activatedOn = e.occurredOn();
        } else if (BarrierFold.appliesTo(data)) {
            BarrierFold.apply(v.barriers, data);
        } else if (GoalFold.appliesTo(data)) {
            GoalFold.apply(v.goals, data);
            v.revisions = v.goals.items.stream().mapToInt(g -> g.revisionCount).sum();
        } else if (AssessmentFold.appliesTo(data)) {
            AssessmentFold.apply(v, data);
        } else if (MetricFold.appliesTo(data)) {
            MetricFold.apply(v.metrics, data);
            v.pendingApprovals = MetricFold.pendingApprovals(v.metrics);
            v.corrections = v.metrics.values().stream().mapToInt(m -> m.corrections).sum();
        } else if (ProcessChangeFold.appliesTo(data)) {
            ProcessChangeFold.apply(v.processChanges, data);
        } else {
            return v;
        }
        v.lastRecordedAt = event.time();
        v.lastActor = event.actor();
        v.eventsApplied++;
        return v;
    }
}
