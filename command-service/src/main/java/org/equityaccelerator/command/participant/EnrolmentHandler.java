package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.cohort.Cohorts;
import org.equityaccelerator.command.participant.ParticipantCommands.EnrolParticipantCommand;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Enrolment starts a participant's stream. The participant id is derived from cohort and organisation, so a second
 * enrolment of the same organisation in the same cohort collides on the stream's first event and is refused by the
 * event store itself (unique aggregate id + sequence), even under concurrent requests.
 */
@Component
class EnrolmentHandler {
    private final Repository<Participant> participants;
    private final Cohorts cohorts;
    private final Programs programs;

    EnrolmentHandler(Repository<Participant> participants, Cohorts cohorts, Programs programs) {
        this.participants = participants;
        this.cohorts = cohorts;
        this.programs = programs;
    }

    static String participantIdOf(String cohortId, String orgId) {
        return UUID.nameUUIDFromBytes((cohortId + "/" + orgId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    String handle(EnrolParticipantCommand command) throws Exception {
        String programId = cohorts.programOf(command.cohortId());
        java.util.List<String> admitted = programs.admittedOrgTypes(programId);
        if (!admitted.contains(command.orgType())) {
            throw new RuleViolation("orgType", "program '" + programId + "' does not admit organisations of type "
                    + command.orgType() + " (admits " + admitted + ")");
        }
        participants.newInstance(() -> new Participant(new ParticipantEnrolled(command.participantId(),
                command.cohortId(), programId, command.orgId(), command.orgName(), command.orgType(),
                command.occurredOn())));
        return command.participantId();
    }
}
