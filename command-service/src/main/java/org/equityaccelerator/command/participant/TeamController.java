package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.participant.ParticipantCommands.AcceptBarrierCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.ActivateTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.BarrierSource;
import org.equityaccelerator.command.participant.ParticipantCommands.IdentifyBarrierCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.MarkBarrierAddressedCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RemoveTeamMemberCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The change team's activation and membership changes, and the barriers the team identifies. */
@RestController
@Tag(name = "Participants")
class TeamController {
    private final CommandSender commands;

    TeamController(CommandSender commands) {
        this.commands = commands;
    }

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record DateRequest(@NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record BarrierRequest(@Pattern(regexp = Ids.PATTERN) String barrierId, @NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String lifecycleStage,
                          @NotBlank @Size(max = 1000) String description, @NotNull BarrierSource source,
                          @Pattern(regexp = Ids.PATTERN) String sessionId,
                          @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record AddressedRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String processChangeId, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/participants/{participantId}/change-team/members/{memberRef}/removal")
    @Operation(summary = "Remove a member from the change team")
    ResponseEntity<Created> remove(@PathVariable String participantId, @PathVariable String memberRef,
                                   @Valid @RequestBody ReasonRequest request) {
        commands.send(new RemoveTeamMemberCommand(participantId, memberRef, request.reason(), request.occurredOn()));
        return Created.at("/participants/" + participantId + "/change-team", memberRef);
    }

    @PostMapping("/participants/{participantId}/change-team/activation")
    @Operation(summary = "Activate the team: needs the cohort's minimum size and every required role")
    ResponseEntity<Created> activate(@PathVariable String participantId, @Valid @RequestBody DateRequest request) {
        commands.send(new ActivateTeamCommand(participantId, request.occurredOn()));
        return Created.at("/participants/" + participantId + "/change-team", participantId);
    }

    /** Languages as BCP 47 tags (en, es, zh-Hant...). */
    record EngagementRequest(@Pattern(regexp = Ids.PATTERN) String engagementId,
                             @NotNull ParticipantCommands.EngagementActivity activityType,
                             @NotNull @jakarta.validation.constraints.Min(0)
                             @jakarta.validation.constraints.Max(1_000_000) Integer participantsCount,
                             @NotNull @Size(max = 20) java.util.List<@NotBlank
                                     @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
                             @Size(max = 1000) String purpose, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/participants/{participantId}/community-engagements")
    @Operation(summary = "Record a community engagement activity of an active team: counts and languages, no names")
    ResponseEntity<Created> engagement(@PathVariable String participantId,
                                       @Valid @RequestBody EngagementRequest request) {
        String id = Ids.orNew(request.engagementId());
        commands.send(new ParticipantCommands.RecordCommunityEngagementCommand(participantId, id,
                request.activityType(), request.participantsCount(), request.languages(), request.purpose(),
                request.occurredOn()));
        return Created.at("/participants/" + participantId + "/community-engagements/" + id, id);
    }

    @PostMapping("/participants/{participantId}/barriers")
    @Operation(summary = "Identify a barrier (lifecycle stage, source: staff or community input)")
    ResponseEntity<Created> identify(@PathVariable String participantId, @Valid @RequestBody BarrierRequest request) {
        String id = Ids.orNew(request.barrierId());
        commands.send(new IdentifyBarrierCommand(participantId, id, request.lifecycleStage(), request.description(),
                request.source(), request.sessionId(), request.occurredOn()));
        return Created.at("/participants/" + participantId + "/barriers/" + id, id);
    }

    @PostMapping("/participants/{participantId}/barriers/{barrierId}/addressed")
    @Operation(summary = "Mark a barrier addressed by an implemented process change of the same participant")
    ResponseEntity<Created> addressed(@PathVariable String participantId, @PathVariable String barrierId,
                                      @Valid @RequestBody AddressedRequest request) {
        commands.send(new MarkBarrierAddressedCommand(participantId, barrierId, request.processChangeId(),
                request.occurredOn()));
        return Created.at("/participants/" + participantId + "/barriers/" + barrierId, barrierId);
    }

    @PostMapping("/participants/{participantId}/barriers/{barrierId}/acceptance")
    @Operation(summary = "Accept a barrier as outside the organisation's control, with the reason")
    ResponseEntity<Created> accept(@PathVariable String participantId, @PathVariable String barrierId,
                                   @Valid @RequestBody ReasonRequest request) {
        commands.send(new AcceptBarrierCommand(participantId, barrierId, request.reason(), request.occurredOn()));
        return Created.at("/participants/" + participantId + "/barriers/" + barrierId, barrierId);
    }
}
