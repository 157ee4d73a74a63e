package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.RecommendationEvent;

/**
 * {@code tallies' = apply(tallies, event)} for the regional view of the event's cohort: no clock, no lookups. Every
 * participant event names its cohort, so the fold needs nothing but the events. Each event moves the tally of its
 * area only; no figure is kept, so none can lag behind the counts it depends on (they are derived when served).
 */
public final class RegionalProgressFold {
    private RegionalProgressFold() {
    }

    /** True for events that belong to a cohort (the view is keyed by the event's cohort id). */
    public static boolean appliesTo(EventEnvelope event) {
        return event.data().cohortId() != null;
    }

    /** Folds events from nothing, as a rebuild or an as-of view does; null when none of them applies. */
    public static RegionalTallies replay(Iterable<EventEnvelope> events) {
        RegionalTallies tallies = null;
        for (EventEnvelope event : events) {
            if (appliesTo(event)) {
                tallies = apply(tallies, event);
            }
        }
        return tallies;
    }

    public static RegionalTallies apply(RegionalTallies tallies, EventEnvelope event) {
        RegionalTallies t = tallies == null ? new RegionalTallies() : tallies;
        Object data = event.data();
        if (CohortTally.appliesTo(data)) {
            t.cohort.apply(data);
        } else if (RosterTally.appliesTo(data)) {
            t.roster.apply(data);
            if (data instanceof ParticipantEnrolled e && t.cohort.cohortId == null) {
                t.cohort.cohortId = e.cohortId(); // the cohort's own stream may come later (another partition)
            }
        } else if (TeamTally.appliesTo(data)) {
            t.teams.apply(data);
        } else if (SessionTally.appliesTo(data)) {
            t.sessions.apply(data);
        } else if (GoalTally.appliesTo(data)) {
            t.goals.apply(data);
        } else if (AssessmentTally.appliesTo(data)) {
            t.assessments.apply(data);
        } else if (ProcessChangeTally.appliesTo(data)) {
            t.changes.apply(data);
        } else if (BarrierTally.appliesTo(data)) {
            t.barriers.apply(data);
        } else if (MetricTally.appliesTo(data)) {
            t.metrics.apply(data);
        } else if (data instanceof RecommendationEvent e) {
            RecommendationFold.apply(t.recommendations.computeIfAbsent(e.recommendationId(),
                    id -> new RecommendationFold.Recommendation()), e);
        } // else e.g. a single item response: no regional figure moves, but the event was applied
        if (t.lastRecordedAt == null || event.time().isAfter(t.lastRecordedAt)) {
            t.lastRecordedAt = event.time();
        }
        t.eventsApplied++;
        return t;
    }
}
