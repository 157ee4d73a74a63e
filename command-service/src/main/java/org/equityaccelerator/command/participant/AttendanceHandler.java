package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.cohort.Cohort;
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

    AttendanceHandler(Repository<Participant> participants, Repository<Cohort> cohorts) {
        this.participants = participants;
        this.cohorts = cohorts;
    }

    record RecordAttendanceCommand(String cohortId, String sessionId, String participantId, int attendeeCount,
                                   List<String> attendeeRoles, LocalDate occurredOn) {
    }

    record CorrectAttendanceCommand(String cohortId, String sessionId, String participantId, int attendeeCount,
                                    List<String> attendeeRoles, String reason, LocalDate occurredOn) {
    }

    @CommandHandler
    void handle(RecordAttendanceCommand command) throws Exception {
        requireTeamInCohort(command.participantId(), command.cohortId());
        cohort(command.cohortId()).execute(c -> c.recordAttendance(command.sessionId(), command.participantId(),
                command.attendeeCount(), command.attendeeRoles(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CorrectAttendanceCommand command) throws Exception {
        requireTeamInCohort(command.participantId(), command.cohortId());
        cohort(command.cohortId()).execute(c -> c.correctAttendance(command.sessionId(), command.participantId(),
                command.attendeeCount(), command.attendeeRoles(), command.reason(), command.occurredOn()));
    }

    private void requireTeamInCohort(String participantId, String cohortId) {
        Participant participant;
        try {
            participant = participants.load(participantId).invoke(p -> p);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("participantId", "participant '" + participantId + "' does not exist");
        }
        if (!participant.cohortId().equals(cohortId)) {
            throw new RuleViolation("participantId", "the participant is enrolled in another cohort");
        }
        if (!participant.active()) {
            throw new RuleViolation("participantId", "the participant withdrew: nothing new is recorded for it");
        }
        if (!participant.hasTeam()) {
            throw new RuleViolation("participantId", "the participant has no change team to attend with");
        }
    }

    private org.axonframework.modelling.command.Aggregate<Cohort> cohort(String cohortId) {
        try {
            return cohorts.load(cohortId);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("cohortId", "cohort '" + cohortId + "' does not exist");
        }
    }
}
