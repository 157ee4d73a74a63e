package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantEvent;
import org.equityaccelerator.events.TeamMemberAdded;

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
        } else if (data instanceof ConsentRecorded e) {
            v.consentScope = e.scope();
        } else if (data instanceof ChangeTeamFormed e) {
            v.team.formed = true;
            v.team.formedOn = e.occurredOn();
        } else if (data instanceof TeamMemberAdded e) {
            v.team.size++;
            v.team.membersByRole.merge(e.role(), 1, Integer::sum);
            v.team.rolesCovered.add(e.role());
        } else if (GoalFold.appliesTo(data)) {
            GoalFold.apply(v.goals, data);
        } else if (data instanceof AssessmentCompleted e) {
            v.assessments.add(new ParticipantProgress.Assessment(e.assessmentId(), e.instrumentId(),
                    e.instrumentVersion(), e.administration(), e.occurredOn(), e.domainScores(), e.overallScore()));
        } else if (MetricFold.appliesTo(data)) {
            MetricFold.apply(v.metrics, data);
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
