package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.cohort.Cohort;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Attendance lives in the cohort's stream (sessions are the cohort's), but only a participant of that cohort, with a
 * change team, can attend: this handler checks the participant, then lets the cohort guard the session.
 */
@Component
class AttendanceHandler {
    private final Repository<Participant> participants;
    private final Repository<Cohort> cohorts;
    private final Programs programs;

    AttendanceHandler(Repository<Participant> participants, Repository<Cohort> cohorts, Programs programs) {
        this.participants = participants;
        this.cohorts = cohorts;
        this.programs = programs;
    }

    record RecordAttendanceCommand(String cohortId, String sessionId, String participantId, int attendeeCount,
                                   List<String> attendeeRoles, LocalDate occurredOn) {
    }

    record CorrectAttendanceCommand(String cohortId, String sessionId, String participantId, int attendeeCount,
                                    List<String> attendeeRoles, String reason, LocalDate occurredOn) {
    }

    @CommandHandler
    void handle(RecordAttendanceCommand command) throws Exception {
        Participant participant = teamInCohort(command.participantId(), command.cohortId(), command.attendeeRoles());
        cohort(command.cohortId()).execute(c -> c.recordAttendance(command.sessionId(), command.participantId(),
                participant.withdrawnOn(), command.attendeeCount(), command.attendeeRoles(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CorrectAttendanceCommand command) throws Exception {
        Participant participant = teamInCohort(command.participantId(), command.cohortId(), command.attendeeRoles());
        cohort(command.cohortId()).execute(c -> c.correctAttendance(command.sessionId(), command.participantId(),
                participant.withdrawnOn(), command.attendeeCount(), command.attendeeRoles(), command.reason(),
                command.occurredOn()));
    }

    /** The participant, once it is known to be in the cohort with a team and the roles are the program's. */
    private Participant teamInCohort(String participantId, String cohortId, List<String> attendeeRoles) {
        Participant participant;
        try {
            participant = participants.load(participantId).invoke(p -> p);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("participantId", "participant '" + participantId + "' does not exist");
        }
        if (!participant.cohortId().equals(cohortId)) {
            throw new RuleViolation("participantId", "the participant is enrolled in another cohort");
        }
        if (!participant.hasTeam()) {
            throw new RuleViolation("participantId", "the participant has no change team to attend with");
        }
        programs.requireRoles(participant.programId(), attendeeRoles, "attendeeRoles");
        return participant;
    }

    private org.axonframework.modelling.command.Aggregate<Cohort> cohort(String cohortId) {
        try {
            return cohorts.load(cohortId);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("cohortId", "cohort '" + cohortId + "' does not exist");
        }
    }
}
