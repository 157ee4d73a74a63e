package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.participant.ParticipantCommands.AddTeamMemberCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CommitGoalCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.EnrolParticipantCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.FormChangeTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordProcessChangeCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Participants")
class ParticipantController {
    private final CommandSender commands;

    ParticipantController(CommandSender commands) {
        this.commands = commands;
    }

    record EnrolParticipantRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String orgId,
                                   @NotBlank @Size(max = 200) String orgName,
                                   @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,40}") String orgType,
                                   @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record FormChangeTeamRequest(@NotNull @PastOrPresent LocalDate occurredOn) {
    }

    /** memberRef is a pseudonym chosen by the team (e.g. "m-7f3a"): names and e-mails stay out of the events. */
    record AddTeamMemberRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9:._-]{0,63}",
                                        message = "must be a pseudonymous reference, not a name or e-mail address")
                                String memberRef,
                                @NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String role,
                                @Size(max = 200) String department,
                                @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ConsentRequest(@NotNull ParticipantCommands.ConsentScope scope, @NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String grantedByRole,
                          @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record CommitGoalRequest(@Pattern(regexp = Ids.PATTERN) String goalId,
                             @NotBlank @Size(max = 300) String title,
                             @NotNull LocalDate targetDate,
                             @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> successCriteria,
                             @NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String ownerRole,
                             @NotNull @PastOrPresent LocalDate occurredOn) {
    }


    record RecordProcessChangeRequest(@Pattern(regexp = Ids.PATTERN) String processChangeId,
                                      @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,60}") String changeType,
                                      @NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String lifecycleStage,
                                      @NotBlank @Size(max = 1000) String description,
                                      @NotNull ProcessChangeStatus status,
                                      Boolean communityInformed,
                                      @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/participants")
    @Operation(summary = "Enrol an organisation in a cohort; the participant id is derived from cohort and org")
    ResponseEntity<Created> enrol(@PathVariable String cohortId, @Valid @RequestBody EnrolParticipantRequest request) {
        String id = EnrolmentHandler.participantIdOf(cohortId, request.orgId());
        commands.send(new EnrolParticipantCommand(id, cohortId, request.orgId(), request.orgName(), request.orgType(),
                request.occurredOn()));
        return Created.at("/participants/" + id, id);
    }

    @PostMapping("/participants/{participantId}/change-team")
    @Operation(summary = "Form the participant's Equity Change Team")
    ResponseEntity<Created> formTeam(@PathVariable String participantId, @Valid @RequestBody FormChangeTeamRequest request) {
        commands.send(new FormChangeTeamCommand(participantId, request.occurredOn()));
        return Created.at("/participants/" + participantId + "/change-team", participantId);
    }

    @PostMapping("/participants/{participantId}/change-team/members")
    @Operation(summary = "Add a member (pseudonymous reference + role) to the change team")
    ResponseEntity<Created> addMember(@PathVariable String participantId,
                                      @Valid @RequestBody AddTeamMemberRequest request) {
        commands.send(new AddTeamMemberCommand(participantId, request.memberRef(), request.role(),
                request.department(), request.occurredOn()));
        return Created.at("/participants/" + participantId + "/change-team/members/" + request.memberRef(),
                request.memberRef());
    }

    record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/participants/{participantId}/withdrawal")
    @Operation(summary = "The organisation leaves the cohort (reason required); its history stays, nothing new is "
            + "recorded for it")
    ResponseEntity<Created> withdraw(@PathVariable String participantId,
                                     @Valid @RequestBody WithdrawalRequest request) {
        commands.send(new ParticipantCommands.WithdrawParticipantCommand(participantId, request.reason(),
                request.occurredOn()));
        return Created.at("/participants/" + participantId, participantId);
    }

    @PostMapping("/participants/{participantId}/consent")
    @Operation(summary = "Record what the participant allows in regional views: REGIONAL_NAMED or AGGREGATE_ONLY")
    ResponseEntity<Created> consent(@PathVariable String participantId, @Valid @RequestBody ConsentRequest request) {
        commands.send(new ParticipantCommands.RecordConsentCommand(participantId, request.scope(),
                request.grantedByRole(), request.occurredOn()));
        return Created.at("/participants/" + participantId + "/consent", participantId);
    }

    @PostMapping("/participants/{participantId}/goals")
    @Operation(summary = "Commit to a goal with at least one success criterion")
    ResponseEntity<Created> commitGoal(@PathVariable String participantId, @Valid @RequestBody CommitGoalRequest request) {
        String id = Ids.orNew(request.goalId());
        commands.send(new CommitGoalCommand(participantId, id, request.title(), request.targetDate(),
                request.successCriteria(), request.ownerRole(), request.occurredOn()));
        return Created.at("/participants/" + participantId + "/goals/" + id, id);
    }

    @PostMapping("/participants/{participantId}/process-changes")
    @Operation(summary = "Record a process change (e.g. advance payments in contracting)")
    ResponseEntity<Created> recordProcessChange(@PathVariable String participantId,
                                                @Valid @RequestBody RecordProcessChangeRequest request) {
        String id = Ids.orNew(request.processChangeId());
        commands.send(new RecordProcessChangeCommand(participantId, id, request.changeType(), request.lifecycleStage(),
                request.description(), request.status(), Boolean.TRUE.equals(request.communityInformed()),
                request.occurredOn()));
        return Created.at("/participants/" + participantId + "/process-changes/" + id, id);
    }
}
