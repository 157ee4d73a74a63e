package org.equityaccelerator.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of published event types: CloudEvent {@code type} per Java record. A type string, once published,
 * never changes meaning; a breaking change gets a new {@code .vN} and an upcaster on the command side.
 */
public final class EventTypes {
    private static final String PREFIX = "org.equityaccelerator.";
    private static final Map<Class<? extends AcceleratorEvent>, String> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, Class<? extends AcceleratorEvent>> BY_TYPE = new LinkedHashMap<>();

    static {
        register(ProgramRegistered.class, "program.registered.v1");
        register(CohortOpened.class, "cohort.opened.v1");
        register(CohortPhaseDefined.class, "cohort.phase-defined.v1");
        register(SessionScheduled.class, "session.scheduled.v1");
        register(SessionRescheduled.class, "session.rescheduled.v1");
        register(SessionHeld.class, "session.held.v1");
        register(SessionCancelled.class, "session.cancelled.v1");
        register(AttendanceRecorded.class, "session.attendance-recorded.v1");
        register(AttendanceCorrected.class, "session.attendance-corrected.v1");
        register(CohortClosed.class, "cohort.closed.v1");
        register(ParticipantEnrolled.class, "participant.enrolled.v1");
        register(ParticipantWithdrew.class, "participant.withdrew.v1");
        register(ChangeTeamFormed.class, "team.formed.v1");
        register(TeamMemberAdded.class, "team.member-added.v1");
        register(ConsentRecorded.class, "participant.consent-recorded.v1");
        register(CommunityEngagementRecorded.class, "team.community-engagement-recorded.v1");
        register(TeamMemberRemoved.class, "team.member-removed.v1");
        register(TeamActivated.class, "team.activated.v1");
        register(BarrierIdentified.class, "barrier.identified.v1");
        register(BarrierAddressed.class, "barrier.addressed.v1");
        register(BarrierAccepted.class, "barrier.accepted.v1");
        register(GoalCommitted.class, "goal.committed.v1");
        register(GoalDrafted.class, "goal.drafted.v1");
        register(GoalProgressReported.class, "goal.progress-reported.v1");
        register(GoalRevised.class, "goal.revised.v1");
        register(GoalAchieved.class, "goal.achieved.v1");
        register(GoalDeferred.class, "goal.deferred.v1");
        register(GoalAbandoned.class, "goal.abandoned.v1");
        register(GoalReopened.class, "goal.reopened.v1");
        register(InstrumentVersionDrafted.class, "instrument.version-drafted.v1");
        register(InstrumentDomainAdded.class, "instrument.domain-added.v1");
        register(InstrumentItemAdded.class, "instrument.item-added.v1");
        register(InstrumentScaleDefined.class, "instrument.scale-defined.v1");
        register(InstrumentScoringRuleDefined.class, "instrument.scoring-rule-defined.v1");
        register(InstrumentVersionPublished.class, "instrument.version-published.v1");
        register(InstrumentAdoptedForCohort.class, "cohort.instrument-adopted.v1");
        register(AssessmentStarted.class, "assessment.started.v1");
        register(ItemResponseRecorded.class, "assessment.item-response-recorded.v1");
        register(AssessmentCompleted.class, "assessment.completed.v1");
        register(AssessmentReopened.class, "assessment.reopened.v1");
        register(ItemResponseAmended.class, "assessment.item-response-amended.v1");
        register(MetricAdoptedForCohort.class, "cohort.metric-adopted.v1");
        register(MetricBaselineSet.class, "metric.baseline-set.v1");
        register(MetricTargetSet.class, "metric.target-set.v1");
        register(MetricObservationRecorded.class, "metric.observation-recorded.v1");
        register(MetricObservationCorrected.class, "metric.observation-corrected.v1");
        register(MetricObservationSubmitted.class, "metric.observation-submitted.v1");
        register(MetricObservationApproved.class, "metric.observation-approved.v1");
        register(MetricObservationReturned.class, "metric.observation-returned.v1");
        register(ProcessChangeRecorded.class, "process-change.recorded.v1");
        register(ProcessChangeAdopted.class, "process-change.adopted.v1");
        register(ProcessChangeImplemented.class, "process-change.implemented.v1");
        register(ProcessChangeInstitutionalized.class, "process-change.institutionalized.v1");
        register(ProcessChangeRolledBack.class, "process-change.rolled-back.v1");
        register(RegionalRecommendationDrafted.class, "recommendation.drafted.v1");
        register(RegionalRecommendationEndorsed.class, "recommendation.endorsed.v1");
        register(RegionalRecommendationPublished.class, "recommendation.published.v1");
    }

    private EventTypes() {
    }

    private static void register(Class<? extends AcceleratorEvent> type, String name) {
        BY_CLASS.put(type, PREFIX + name);
        BY_TYPE.put(PREFIX + name, type);
    }

    public static String typeOf(Class<?> eventClass) {
        String type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("not a published event type: " + eventClass.getName());
        }
        return type;
    }

    /** Empty for a type this version does not know: consumers skip those instead of failing (additive contract). */
    public static Optional<Class<? extends AcceleratorEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Map<Class<? extends AcceleratorEvent>, String> all() {
        return Map.copyOf(BY_CLASS);
    }
}
