package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.participant.ParticipantCommands.AddTeamMemberCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CommitGoalCommand;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.instrument.Instrument;
import org.equityaccelerator.command.instrument.Instruments;
import org.equityaccelerator.command.participant.AssessmentCommands.AmendItemResponseCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.CompleteAssessmentCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.RecordItemResponsesCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.ReopenAssessmentCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.StartAssessmentCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.FormChangeTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordCommunityEngagementCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordConsentCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordProcessChangeCommand;
import org.equityaccelerator.command.participant.GoalCommands.DraftGoalCommand;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.equityaccelerator.command.axon.CommandMetadata;
import org.equityaccelerator.command.cohort.Cohorts;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.cohort.MetricRule;
import org.equityaccelerator.command.participant.ParticipantCommands.AcceptBarrierCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.ActivateTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.IdentifyBarrierCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.MarkBarrierAddressedCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RemoveTeamMemberCommand;
import org.equityaccelerator.command.participant.MetricCommands.ApproveMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.CorrectMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.ReturnMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.SubmitMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.RecordMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricBaselineCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricTargetCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.equityaccelerator.command.rules.Withdrawal;
import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.AssessmentReopened;
import org.equityaccelerator.events.AssessmentStarted;
import org.equityaccelerator.events.ItemResponseAmended;
import org.equityaccelerator.events.ItemResponseRecorded;
import org.equityaccelerator.events.BarrierAccepted;
import org.equityaccelerator.events.BarrierAddressed;
import org.equityaccelerator.events.BarrierIdentified;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.CommunityEngagementRecorded;
import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationApproved;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.events.MetricObservationReturned;
import org.equityaccelerator.events.MetricObservationSubmitted;
import org.equityaccelerator.events.MetricTargetSet;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.TeamActivated;
import org.equityaccelerator.events.TeamMemberAdded;
import org.equityaccelerator.events.TeamMemberRemoved;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An organisation enrolled in a cohort, with its Equity Change Team, goals, assessments and process changes. The
 * stream only exists once the organisation is enrolled, so nothing can be recorded for one that is not.
 */
@Aggregate
public class Participant {
    @AggregateIdentifier
    private String participantId;
    private String cohortId;
    private String programId;
    private String orgId;
    private LocalDate enrolledOn;
    private LocalDate withdrawnOn;
    private boolean teamFormed;
    private boolean teamActive;
    /** barrierId -> IDENTIFIED, ADDRESSED or ACCEPTED. */
    private final Map<String, String> barriers = new HashMap<>();
    private final Map<String, String> memberRoles = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Goal> goals = new HashMap<>();
    private final Map<String, AssessmentSheet> assessments = new HashMap<>();
    private final java.util.Set<String> engagements = new java.util.HashSet<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, ProcessChange> processChanges = new HashMap<>();
    private final Map<String, MetricSeries> metrics = new HashMap<>();

    protected Participant() {
    }

    /** Used by {@link EnrolmentHandler}, which checks the cohort and program first. */
    Participant(ParticipantEnrolled enrolled) {
        apply(enrolled);
    }

    @CommandHandler
    void handle(FormChangeTeamCommand command) {
        if (teamFormed) {
            throw new RuleViolation("participantId", "the participant already has a change team");
        }
        apply(new ChangeTeamFormed(participantId, cohortId, programId, command.occurredOn()));
    }

    @CommandHandler
    void handle(AddTeamMemberCommand command, Cohorts cohorts, Programs programs) {
        requireTeam();
        programs.requireRoles(programId, java.util.List.of(command.role()), "role");
        TeamComposition.requireRoomForOneMore(cohorts.teamRules(cohortId), memberRoles.size());
        if (memberRoles.containsKey(command.memberRef())) {
            throw new RuleViolation("memberRef", "member '" + command.memberRef() + "' is already on the team");
        }
        apply(new TeamMemberAdded(participantId, cohortId, programId, command.memberRef(), command.role(),
                command.department(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CommitGoalCommand command, Cohorts cohorts) {
        requireTeam();
        cohorts.requireOpen(cohortId, "cohortId");
        Goal existing = goals.get(command.goalId());
        if (existing != null && existing.status != GoalStatus.DRAFTED) {
            throw new RuleViolation("goalId", "goal '" + command.goalId() + "' is already " + existing.status
                    + "; only a new or drafted goal can be committed");
        }
        if (!memberRoles.containsValue(command.ownerRole())) {
            throw new RuleViolation("ownerRole", "no team member has the owner role " + command.ownerRole());
        }
        if (!command.targetDate().isAfter(command.occurredOn())) {
            throw new RuleViolation("targetDate", "targetDate must be after the commitment date");
        }
        apply(new GoalCommitted(participantId, cohortId, programId, command.goalId(), command.title(),
                command.targetDate(), command.successCriteria(), command.ownerRole(), command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordProcessChangeCommand command, Programs programs) {
        requireTeam();
        programs.requireChangeType(programId, command.changeType(), "changeType");
        programs.requireStage(programId, command.lifecycleStage(), "lifecycleStage");
        if (command.status() == ProcessChangeStatus.ROLLED_BACK) {
            throw new RuleViolation("status", "a change is recorded as proposed, adopted, implemented or "
                    + "institutionalized; rolling back is a step of its own");
        }
        if (processChanges.containsKey(command.processChangeId())) {
            throw new RuleViolation("processChangeId",
                    "process change '" + command.processChangeId() + "' is already recorded");
        }
        apply(new ProcessChangeRecorded(participantId, cohortId, programId, command.processChangeId(),
                command.changeType(), command.lifecycleStage(), command.description(),
                command.status().name(), command.communityInformed(), command.occurredOn()));
    }

    // --- metric series: baseline, target, one value per period, corrections that supersede but never overwrite

    @CommandHandler
    void handle(SetMetricBaselineCommand command, Cohorts cohorts) {
        requireTeam();
        MetricRule rule = cohorts.adoptedMetric(cohortId, command.metricId());
        BigDecimal value = MetricReadings.valueOf(rule, command.reading(), command.period(), command.occurredOn());
        List<GroupValue> groups = GroupReadings.valuesOf(rule, command.reading());
        MetricSeries series = metrics.get(command.metricId());
        if (series != null && series.baselinePeriod != null) {
            throw new RuleViolation("metricId", "the baseline of " + command.metricId() + " is already set ("
                    + series.baselinePeriod + ")");
        }
        String lateEntryReason = cohorts.lateEntryReason(cohortId, command.lateEntry(), command.lateEntryReason());
        apply(new MetricBaselineSet(participantId, cohortId, programId, command.metricId(), command.period(), value,
                command.reading().numerator(), command.reading().denominator(), command.source(), command.occurredOn(),
                lateEntryReason, groups));
    }

    @CommandHandler
    void handle(SetMetricTargetCommand command, Cohorts cohorts) {
        MetricRule rule = cohorts.adoptedMetric(cohortId, command.metricId());
        MetricReadings.requireInRange(rule, command.value(), "value");
        MetricSeries series = metrics.get(command.metricId());
        if (series == null || series.baselinePeriod == null) {
            throw new RuleViolation("metricId", "set the baseline of " + command.metricId() + " before a target");
        }
        if (!rule.validPeriod(command.byPeriod()) || command.byPeriod().compareTo(series.baselinePeriod) <= 0) {
            throw new RuleViolation("byPeriod", "the target period must be a " + rule.frequency()
                    + " after the baseline period " + series.baselinePeriod);
        }
        apply(new MetricTargetSet(participantId, cohortId, programId, command.metricId(), command.byPeriod(),
                command.value(), command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordMetricObservationCommand command, Cohorts cohorts) {
        requireTeam();
        MetricRule rule = cohorts.adoptedMetric(cohortId, command.metricId());
        BigDecimal value = MetricReadings.valueOf(rule, command.reading(), command.period(), command.occurredOn());
        List<GroupValue> groups = GroupReadings.valuesOf(rule, command.reading());
        MetricSeries series = metrics.get(command.metricId());
        if (series != null && series.currentEvent.containsKey(command.period())) {
            throw new RuleViolation("period", command.period() + " already has a value: correct it instead");
        }
        String lateEntryReason = cohorts.lateEntryReason(cohortId, command.lateEntry(), command.lateEntryReason());
        apply(new MetricObservationRecorded(participantId, cohortId, programId, command.metricId(), command.period(),
                value, command.reading().numerator(), command.reading().denominator(), command.source(),
                command.occurredOn(), lateEntryReason, groups));
    }

    @CommandHandler
    void handle(CorrectMetricObservationCommand command, Cohorts cohorts) {
        MetricRule rule = cohorts.adoptedMetric(cohortId, command.metricId());
        BigDecimal value = MetricReadings.valueOf(rule, command.reading(), command.period(), command.occurredOn());
        List<GroupValue> groups = GroupReadings.valuesOf(rule, command.reading());
        MetricSeries series = metrics.get(command.metricId());
        if (series == null || !series.currentEvent.containsKey(command.period())) {
            throw new RuleViolation("period", command.period() + " has no value to correct: record it instead");
        }
        if (groups.isEmpty()) {
            groups = series.groupsOf(command.period()); // a correction of the total keeps the group values
        }
        apply(new MetricObservationCorrected(participantId, cohortId, programId, command.metricId(), command.period(),
                value, command.reading().numerator(), command.reading().denominator(), command.reason(),
                series.currentEvent.get(command.period()), series.currentValue.get(command.period()),
                command.occurredOn(), groups));
    }

    // review: submitted -> approved or returned, by a reviewer who is not the value's reporter (Akvo's request)

    @CommandHandler
    void handle(SubmitMetricObservationCommand command) {
        FourEyesReview.requireSubmittable(valued(command.metricId(), command.period()), command.period());
        apply(new MetricObservationSubmitted(participantId, cohortId, programId, command.metricId(),
                command.period(), command.occurredOn()));
    }

    @CommandHandler
    void handle(ApproveMetricObservationCommand command, @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        FourEyesReview.requireReviewer(valued(command.metricId(), command.period()), command.period(), actor);
        apply(new MetricObservationApproved(participantId, cohortId, programId, command.metricId(), command.period(),
                actor, command.occurredOn()));
    }

    @CommandHandler
    void handle(ReturnMetricObservationCommand command, @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        FourEyesReview.requireReviewer(valued(command.metricId(), command.period()), command.period(), actor);
        apply(new MetricObservationReturned(participantId, cohortId, programId, command.metricId(), command.period(),
                actor, command.comment(), command.occurredOn()));
    }

    private MetricSeries valued(String metricId, String period) {
        MetricSeries series = metrics.get(metricId);
        if (series == null || !series.currentEvent.containsKey(period)) {
            throw new RuleViolation("period", period + " of " + metricId + " has no value");
        }
        return series;
    }

    @EventSourcingHandler
    void on(MetricBaselineSet event, @MessageIdentifier String eventId,
            @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        MetricSeries series = metrics.computeIfAbsent(event.metricId(), id -> new MetricSeries());
        series.baselinePeriod = event.period();
        series.current(event.period(), eventId, event.value(), actor);
        series.groups(event.period(), event.groups());
    }

    @EventSourcingHandler
    void on(MetricObservationRecorded event, @MessageIdentifier String eventId,
            @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        MetricSeries series = metrics.computeIfAbsent(event.metricId(), id -> new MetricSeries());
        series.current(event.period(), eventId, event.value(), actor);
        series.groups(event.period(), event.groups());
    }

    @EventSourcingHandler
    void on(MetricObservationCorrected event, @MessageIdentifier String eventId,
            @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        metrics.get(event.metricId()).current(event.period(), eventId, event.value(), actor);
        metrics.get(event.metricId()).groups(event.period(), event.groups());
    }

    @EventSourcingHandler
    void on(MetricObservationSubmitted event) {
        metrics.get(event.metricId()).review.put(event.period(), "SUBMITTED");
    }

    @EventSourcingHandler
    void on(MetricObservationApproved event) {
        metrics.get(event.metricId()).review.put(event.period(), "APPROVED");
    }

    @EventSourcingHandler
    void on(MetricObservationReturned event) {
        metrics.get(event.metricId()).review.put(event.period(), "RETURNED");
    }

    @CommandHandler
    void handle(RemoveTeamMemberCommand command) {
        if (!memberRoles.containsKey(command.memberRef())) {
            throw new RuleViolation("memberRef", "member '" + command.memberRef() + "' is not on the team");
        }
        apply(new TeamMemberRemoved(participantId, cohortId, programId, command.memberRef(), command.reason(),
                command.occurredOn()));
    }

    /** Activation needs the cohort's minimum size and every required role filled. */
    @CommandHandler
    void handle(ActivateTeamCommand command, Cohorts cohorts) {
        requireTeam();
        if (teamActive) {
            throw new RuleViolation("participantId", "the team is already active");
        }
        TeamComposition.requireReadyToActivate(cohorts.teamRules(cohortId), memberRoles.values());
        apply(new TeamActivated(participantId, cohortId, programId, memberRoles.size(),
                new java.util.TreeSet<>(memberRoles.values()).stream().toList(), command.occurredOn()));
    }

    // --- barriers: identified -> addressed by an implemented change of this participant, or accepted

    @CommandHandler
    void handle(IdentifyBarrierCommand command, Programs programs) {
        requireTeam();
        programs.requireStage(programId, command.lifecycleStage(), "lifecycleStage");
        if (barriers.containsKey(command.barrierId())) {
            throw new RuleViolation("barrierId", "barrier '" + command.barrierId() + "' already exists");
        }
        apply(new BarrierIdentified(participantId, cohortId, programId, command.barrierId(),
                command.lifecycleStage(), command.description(), command.source().name(), command.sessionId(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(MarkBarrierAddressedCommand command) {
        openBarrier(command.barrierId());
        ProcessChange change = processChanges.get(command.processChangeId());
        if (change == null || !change.inEffect()) {
            throw new RuleViolation("processChangeId", "a barrier is addressed by an implemented process change of "
                    + "this participant; '" + command.processChangeId() + "' is "
                    + (change == null ? "not one of its changes" : change.status));
        }
        apply(new BarrierAddressed(participantId, cohortId, programId, command.barrierId(), command.processChangeId(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(AcceptBarrierCommand command) {
        openBarrier(command.barrierId());
        apply(new BarrierAccepted(participantId, cohortId, programId, command.barrierId(), command.reason(),
                command.occurredOn()));
    }

    private void openBarrier(String barrierId) {
        String status = barriers.get(barrierId);
        if (status == null) {
            throw new UnknownTarget("barrierId", "the participant has no barrier '" + barrierId + "'");
        }
        if (!status.equals("IDENTIFIED")) {
            throw new RuleViolation("barrierId", "the barrier is already " + status);
        }
    }

    @EventSourcingHandler
    void on(TeamMemberRemoved event) {
        memberRoles.remove(event.memberRef());
    }

    @EventSourcingHandler
    void on(TeamActivated event) {
        teamActive = true;
    }

    @EventSourcingHandler
    void on(BarrierIdentified event) {
        barriers.put(event.barrierId(), "IDENTIFIED");
    }

    @EventSourcingHandler
    void on(BarrierAddressed event) {
        barriers.put(event.barrierId(), "ADDRESSED");
    }

    @EventSourcingHandler
    void on(BarrierAccepted event) {
        barriers.put(event.barrierId(), "ACCEPTED");
    }

    /** Consent is given by someone holding a role on the team, e.g. executive leadership. */
    @CommandHandler
    void handle(RecordConsentCommand command) {
        requireTeam();
        if (!memberRoles.containsValue(command.grantedByRole())) {
            throw new RuleViolation("grantedByRole", "no team member has the role " + command.grantedByRole());
        }
        apply(new ConsentRecorded(participantId, cohortId, programId, command.scope().name(),
                command.grantedByRole(), command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordCommunityEngagementCommand command) {
        requireActiveTeam("community engagement records");
        if (engagements.contains(command.engagementId())) {
            throw new RuleViolation("engagementId", "engagement '" + command.engagementId() + "' is already recorded");
        }
        apply(new CommunityEngagementRecorded(participantId, cohortId, programId, command.engagementId(),
                command.activityType().name(), command.participantsCount(), command.languages(), command.purpose(),
                command.occurredOn()));
    }

    @EventSourcingHandler
    void on(CommunityEngagementRecorded event) {
        engagements.add(event.engagementId());
    }

    public String cohortId() {
        return cohortId;
    }

    public boolean hasTeam() {
        return teamFormed;
    }

    /**
     * A withdrawn participant keeps its history; nothing new is recorded for it, whatever the command: this runs
     * before every command handler of the stream, its entities' too, so no handler checks it again (and a new one
     * cannot forget to).
     */
    @org.axonframework.modelling.command.CommandHandlerInterceptor
    Object beforeEveryCommand(org.axonframework.commandhandling.CommandMessage<?> command,
                              org.axonframework.messaging.InterceptorChain chain) throws Exception {
        Withdrawal.requireTakingPart(withdrawnOn, "participantId");
        // a step of a goal or change that does not exist is an unknown target (404), not a routing failure
        if (command.getPayload() instanceof GoalCommands.GoalStep step && !goals.containsKey(step.goalId())) {
            throw new UnknownTarget("goalId", "the participant has no goal '" + step.goalId() + "'");
        }
        if (command.getPayload() instanceof ProcessChangeCommands.ProcessChangeStep step
                && !processChanges.containsKey(step.processChangeId())) {
            throw new UnknownTarget("processChangeId", "no process change '" + step.processChangeId() + "'");
        }
        return chain.proceed();
    }

    /**
     * A withdrawal is dated when the participant stopped taking part: never before it enrolled, and never before a
     * session the cohort recorded it as attending (the cohort's stream knows its attendance, so this is refused here
     * rather than left for the views: a dated withdrawal contradicting recorded attendance would make that session
     * count the team present while not taking part).
     */
    @CommandHandler
    void handle(ParticipantCommands.WithdrawParticipantCommand command, Cohorts cohorts) {
        if (command.occurredOn().isBefore(enrolledOn)) {
            throw new RuleViolation("occurredOn", "the withdrawal (" + command.occurredOn()
                    + ") cannot be dated before the enrolment (" + enrolledOn + ")");
        }
        LocalDate attended = cohorts.lastAttendedBy(cohortId, participantId);
        if (attended != null && attended.isAfter(command.occurredOn())) {
            throw new RuleViolation("occurredOn", "the participant's attendance is recorded for a session held on "
                    + attended + ", after the withdrawal date " + command.occurredOn()
                    + ": date the withdrawal on or after it, or correct the attendance first");
        }
        apply(new ParticipantWithdrew(participantId, cohortId, programId, orgId, command.reason(),
                command.occurredOn()));
    }

    @EventSourcingHandler
    void on(ParticipantWithdrew event) {
        withdrawnOn = event.occurredOn();
    }

    /** The enrolment as another aggregate needs it: the org, when it withdrew (if it did), its program. */
    public String orgId() {
        return orgId;
    }

    /** When it withdrew; null while it takes part. */
    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String programId() {
        return programId;
    }

    private StreamIds ids() {
        return new StreamIds(participantId, cohortId, programId);
    }

    private void requireTeam() {
        if (!teamFormed) {
            throw new RuleViolation("participantId", "the participant has no change team yet: form it first");
        }
    }

    private void requireActiveTeam(String what) {
        requireTeam();
        if (!teamActive) {
            throw new RuleViolation("participantId", what + " need an active change team: activate it first");
        }
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        participantId = event.participantId();
        cohortId = event.cohortId();
        programId = event.programId();
        orgId = event.orgId();
        enrolledOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(ChangeTeamFormed event) {
        teamFormed = true;
    }

    @EventSourcingHandler
    void on(TeamMemberAdded event) {
        memberRoles.put(event.memberRef(), event.role());
    }

    @EventSourcingHandler
    void on(GoalCommitted event) {
        Goal goal = goals.computeIfAbsent(event.goalId(), id -> new Goal(id, ids(), GoalStatus.COMMITTED,
                event.title()));
        goal.status = GoalStatus.COMMITTED;
        goal.title = event.title();
        goal.committedOn = event.occurredOn();
        goal.targetDate = event.targetDate();
    }

    // --- goals are drafted or committed here; their lifecycle is the Goal entity's

    @CommandHandler
    void handle(DraftGoalCommand command, Programs programs, Cohorts cohorts) {
        requireTeam();
        cohorts.requireOpen(cohortId, "cohortId");
        programs.requireTags(programId, command.tags(), "tags");
        if (goals.containsKey(command.goalId())) {
            throw new RuleViolation("goalId", "goal '" + command.goalId() + "' already exists");
        }
        apply(new GoalDrafted(participantId, cohortId, programId, command.goalId(), command.title(), command.tags(),
                command.occurredOn()));
    }

    @EventSourcingHandler
    void on(GoalDrafted event) {
        goals.put(event.goalId(), new Goal(event.goalId(), ids(), GoalStatus.DRAFTED, event.title()));
    }

    // --- assessments: started -> item responses -> completed (scores frozen) -> reopened -> amended -> completed

    @CommandHandler
    void handle(StartAssessmentCommand command, Cohorts cohorts) {
        requireActiveTeam("assessments");
        cohorts.requireOpen(cohortId, "cohortId");
        if (assessments.containsKey(command.assessmentId())) {
            throw new RuleViolation("assessmentId", "assessment '" + command.assessmentId() + "' already exists");
        }
        Instrument instrument = cohorts.adoptedInstrument(cohortId, command.instrumentId(), command.version(),
                command.administration());
        for (AssessmentSheet sheet : assessments.values()) {
            if (sheet.sameSlot(command.instrumentId(), command.administration()) && sheet.open()) {
                throw new RuleViolation("administration", "a " + command.administration() + " assessment with "
                        + command.instrumentId() + " is already open for this participant");
            }
            if (sheet.sameSlot(command.instrumentId(), command.administration())
                    && command.administration() != Administration.ANNUAL) {
                throw new RuleViolation("administration", "a " + command.administration() + " assessment with "
                        + command.instrumentId() + " is already completed for this participant");
            }
        }
        if (command.administration() != Administration.BASELINE && assessments.values().stream().noneMatch(sheet ->
                sheet.sameSlot(command.instrumentId(), Administration.BASELINE) && sheet.revision() > 0)) {
            throw new RuleViolation("administration", "a follow-up cannot start before the " + command.instrumentId()
                    + " baseline is completed");
        }
        apply(new AssessmentStarted(participantId, cohortId, programId, command.assessmentId(),
                command.instrumentId(), command.version(), command.administration().name(),
                instrument.items().size(), instrument.requiredCount(), command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordItemResponsesCommand command, Instruments instruments) {
        AssessmentSheet sheet = assessment(command.assessmentId());
        if (sheet.status() != AssessmentSheet.Status.IN_PROGRESS) {
            throw new RuleViolation("assessmentId", "answers can only be recorded while the assessment is in "
                    + "progress; it is " + sheet.status() + (sheet.status() == AssessmentSheet.Status.REOPENED
                    ? " (amend answers with a reason)" : ""));
        }
        requireOnOrAfter(sheet.startedOn(), command.occurredOn(), "the assessment started");
        Instrument instrument = instruments.published(sheet.instrumentId(), sheet.version());
        for (int i = 0; i < command.responses().size(); i++) {
            AssessmentCommands.ItemAnswer answer = command.responses().get(i);
            String field = "responses[" + i + "]";
            Instrument.Item item = instrument.item(answer.itemKey(), field + ".itemKey");
            Integer rank = instrument.rankOf(item, new Instrument.Answer(answer.levelCode()), field + ".levelCode");
            apply(new ItemResponseRecorded(participantId, cohortId, programId, command.assessmentId(), item.key(),
                    item.domainKey(), answer.levelCode(), rank, rank == null, answer.note(), answer.evidenceRef(),
                    command.occurredOn()));
        }
    }

    @CommandHandler
    void handle(CompleteAssessmentCommand command, Instruments instruments, Cohorts cohorts) {
        AssessmentSheet sheet = assessment(command.assessmentId());
        String lateEntryReason = cohorts.lateEntryReason(cohortId, command.lateEntry(), command.lateEntryReason());
        if (!sheet.open()) {
            throw new RuleViolation("assessmentId", "the assessment is already completed (reopen it to amend)");
        }
        requireOnOrAfter(sheet.startedOn(), command.occurredOn(), "the assessment started");
        Instrument instrument = instruments.published(sheet.instrumentId(), sheet.version());
        java.util.List<String> missing = instrument.missingRequired(sheet.answers());
        if (!missing.isEmpty()) {
            throw new RuleViolation("responses", "required items are not answered: " + missing);
        }
        Instrument.Scores scores = instrument.score(sheet.answers());
        apply(new AssessmentCompleted(participantId, cohortId, programId, command.assessmentId(),
                sheet.instrumentId(), sheet.version(), sheet.administration().name(), scores.domainScores(),
                scores.overallScore(), command.occurredOn(), sheet.revision() + 1, instrument.rule().name(),
                scores.stage(), scores.answered(), scores.notApplicable(), scores.itemLevels(), lateEntryReason));
    }

    @CommandHandler
    void handle(ReopenAssessmentCommand command) {
        AssessmentSheet sheet = assessment(command.assessmentId());
        if (sheet.status() != AssessmentSheet.Status.COMPLETED) {
            throw new RuleViolation("assessmentId", "only a completed assessment can be reopened; it is "
                    + sheet.status());
        }
        apply(new AssessmentReopened(participantId, cohortId, programId, command.assessmentId(), command.reason(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(AmendItemResponseCommand command, Instruments instruments) {
        AssessmentSheet sheet = assessment(command.assessmentId());
        if (sheet.status() != AssessmentSheet.Status.REOPENED) {
            throw new RuleViolation("assessmentId", "answers are amended only in a reopened assessment; it is "
                    + sheet.status());
        }
        Instrument instrument = instruments.published(sheet.instrumentId(), sheet.version());
        Instrument.Item item = instrument.item(command.itemKey(), "itemKey");
        Instrument.Answer next = new Instrument.Answer(command.levelCode());
        Integer rank = instrument.rankOf(item, next, "levelCode");
        Instrument.Answer old = sheet.answers().get(item.key());
        if (next.equals(old)) {
            throw new RuleViolation("levelCode", "item '" + item.key() + "' already has this answer");
        }
        Integer oldRank = old == null || old.notApplicable() ? null : instrument.rankOf(item, old, "levelCode");
        apply(new ItemResponseAmended(participantId, cohortId, programId, command.assessmentId(), item.key(),
                item.domainKey(), old == null ? null : old.levelCode(), oldRank, command.levelCode(), rank,
                command.reason(), command.occurredOn()));
    }

    private AssessmentSheet assessment(String assessmentId) {
        AssessmentSheet sheet = assessments.get(assessmentId);
        if (sheet == null) {
            throw new UnknownTarget("assessmentId", "no assessment '" + assessmentId + "'");
        }
        return sheet;
    }

    private static void requireOnOrAfter(LocalDate earliest, LocalDate occurredOn, String what) {
        if (occurredOn.isBefore(earliest)) {
            throw new RuleViolation("occurredOn", "occurredOn must not be before " + what + " (" + earliest + ")");
        }
    }

    @EventSourcingHandler
    void on(AssessmentStarted event) {
        assessments.put(event.assessmentId(), AssessmentSheet.started(event.instrumentId(), event.instrumentVersion(),
                Administration.valueOf(event.administration()), event.occurredOn()));
    }

    @EventSourcingHandler
    void on(ItemResponseRecorded event) {
        assessments.computeIfPresent(event.assessmentId(),
                (id, sheet) -> sheet.answered(event.itemKey(), new Instrument.Answer(event.levelCode())));
    }

    @EventSourcingHandler
    void on(ItemResponseAmended event) {
        assessments.computeIfPresent(event.assessmentId(),
                (id, sheet) -> sheet.answered(event.itemKey(), new Instrument.Answer(event.newLevelCode())));
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        // a v1.0 completion carried its scores without a start: it stands for a whole, completed administration
        AssessmentSheet sheet = assessments.getOrDefault(event.assessmentId(), AssessmentSheet.started(
                event.instrumentId(), event.instrumentVersion(), Administration.valueOf(event.administration()),
                event.occurredOn()));
        assessments.put(event.assessmentId(), sheet.in(AssessmentSheet.Status.COMPLETED));
    }

    @EventSourcingHandler
    void on(AssessmentReopened event) {
        assessments.computeIfPresent(event.assessmentId(),
                (id, sheet) -> sheet.in(AssessmentSheet.Status.REOPENED));
    }

    @EventSourcingHandler
    void on(ProcessChangeRecorded event) {
        ProcessChange change = new ProcessChange(event.processChangeId(), ids(),
                ProcessChangeStatus.valueOf(event.status()));
        if (change.status != ProcessChangeStatus.PROPOSED) {
            change.adoptedOn = event.occurredOn(); // recorded retroactively: its date stands for the earlier steps
        }
        if (change.status == ProcessChangeStatus.IMPLEMENTED || change.status == ProcessChangeStatus.INSTITUTIONALIZED) {
            change.effectiveDate = event.occurredOn();
        }
        processChanges.put(event.processChangeId(), change);
    }
}
