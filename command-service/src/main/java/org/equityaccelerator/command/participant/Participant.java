package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.participant.ParticipantCommands.AddTeamMemberCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CommitGoalCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CompleteAssessmentCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.FormChangeTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordProcessChangeCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.TeamMemberAdded;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
    private boolean teamFormed;
    private final Map<String, String> memberRoles = new HashMap<>();
    private final Set<String> goalIds = new HashSet<>();
    private final Set<String> assessmentIds = new HashSet<>();
    /** instrumentId + "/" + administration of every completed assessment. */
    private final Set<String> completedAdministrations = new HashSet<>();
    private final Set<String> processChangeIds = new HashSet<>();

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
    void handle(AddTeamMemberCommand command) {
        requireTeam();
        if (memberRoles.containsKey(command.memberRef())) {
            throw new RuleViolation("memberRef", "member '" + command.memberRef() + "' is already on the team");
        }
        apply(new TeamMemberAdded(participantId, cohortId, programId, command.memberRef(), command.role().name(),
                command.department(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CommitGoalCommand command) {
        requireTeam();
        if (goalIds.contains(command.goalId())) {
            throw new RuleViolation("goalId", "goal '" + command.goalId() + "' already exists");
        }
        if (!memberRoles.containsValue(command.ownerRole().name())) {
            throw new RuleViolation("ownerRole", "no team member has the owner role " + command.ownerRole());
        }
        if (!command.targetDate().isAfter(command.occurredOn())) {
            throw new RuleViolation("targetDate", "targetDate must be after the commitment date");
        }
        apply(new GoalCommitted(participantId, cohortId, programId, command.goalId(), command.title(),
                command.targetDate(), command.successCriteria(), command.ownerRole().name(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CompleteAssessmentCommand command) {
        requireTeam();
        if (assessmentIds.contains(command.assessmentId())) {
            throw new RuleViolation("assessmentId", "assessment '" + command.assessmentId() + "' already exists");
        }
        String key = command.instrumentId() + "/" + command.administration();
        if (completedAdministrations.contains(key)) {
            throw new RuleViolation("administration", "a " + command.administration() + " assessment with "
                    + command.instrumentId() + " is already completed for this participant");
        }
        if (command.administration() != Administration.BASELINE
                && !completedAdministrations.contains(command.instrumentId() + "/" + Administration.BASELINE)) {
            throw new RuleViolation("administration", "a follow-up cannot be completed before the baseline");
        }
        BigDecimal overall = command.domainScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(command.domainScores().size()), 2, RoundingMode.HALF_UP);
        apply(new AssessmentCompleted(participantId, cohortId, programId, command.assessmentId(),
                command.instrumentId(), command.instrumentVersion(), command.administration().name(),
                command.domainScores(), overall, command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordProcessChangeCommand command) {
        requireTeam();
        if (processChangeIds.contains(command.processChangeId())) {
            throw new RuleViolation("processChangeId",
                    "process change '" + command.processChangeId() + "' is already recorded");
        }
        apply(new ProcessChangeRecorded(participantId, cohortId, programId, command.processChangeId(),
                command.changeType(), command.lifecycleStage().name(), command.description(),
                command.status().name(), command.communityInformed(), command.occurredOn()));
    }

    private void requireTeam() {
        if (!teamFormed) {
            throw new RuleViolation("participantId", "the participant has no change team yet: form it first");
        }
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        participantId = event.participantId();
        cohortId = event.cohortId();
        programId = event.programId();
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
        goalIds.add(event.goalId());
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        assessmentIds.add(event.assessmentId());
        completedAdministrations.add(event.instrumentId() + "/" + event.administration());
    }

    @EventSourcingHandler
    void on(ProcessChangeRecorded event) {
        processChangeIds.add(event.processChangeId());
    }
}
