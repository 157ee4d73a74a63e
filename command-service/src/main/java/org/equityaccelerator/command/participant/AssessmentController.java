package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.participant.AssessmentCommands.AmendItemResponseCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.CompleteAssessmentCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.ItemAnswer;
import org.equityaccelerator.command.participant.AssessmentCommands.RecordItemResponsesCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.ReopenAssessmentCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.StartAssessmentCommand;
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
@Tag(name = "Self-assessments")
class AssessmentController {
    private final CommandSender commands;

    AssessmentController(CommandSender commands) {
        this.commands = commands;
    }

    record StartRequest(@Pattern(regexp = Ids.PATTERN) String assessmentId,
                        @NotBlank @Pattern(regexp = Ids.PATTERN) String instrumentId,
                        @NotBlank @Size(max = 20) String version, @NotNull Administration administration,
                        @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    /** Exactly one of levelCode and notApplicable=true. */
    record Answer(@NotBlank @Pattern(regexp = Ids.PATTERN) String itemKey,
                  @Pattern(regexp = Ids.PATTERN) String levelCode, Boolean notApplicable,
                  @Size(max = 1000) String note, @Size(max = 300) String evidenceRef) {
        @AssertTrue(message = "give either a levelCode or notApplicable=true")
        boolean isLevelCodeOrNotApplicable() {
            return (levelCode == null) == Boolean.TRUE.equals(notApplicable);
        }
    }

    record ResponsesRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull Answer> responses,
                            @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record CompletionRequest(Boolean lateEntry, @Size(max = 1000) String lateEntryReason,
                             @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ReopenRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record AmendmentRequest(@Pattern(regexp = Ids.PATTERN) String levelCode, Boolean notApplicable,
                            @NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
        @AssertTrue(message = "give either a levelCode or notApplicable=true")
        boolean isLevelCodeOrNotApplicable() {
            return (levelCode == null) == Boolean.TRUE.equals(notApplicable);
        }
    }

    @PostMapping("/participants/{participantId}/assessments")
    @Operation(summary = "Start an administration (BASELINE, MIDPOINT, ENDLINE, ANNUAL) of an instrument version the "
            + "cohort adopted; a follow-up needs a completed baseline")
    ResponseEntity<Created> start(@PathVariable String participantId, @Valid @RequestBody StartRequest request) {
        String id = Ids.orNew(request.assessmentId());
        commands.send(new StartAssessmentCommand(participantId, id, request.instrumentId(), request.version(),
                request.administration(), request.occurredOn()));
        return Created.at(path(participantId, id), id);
    }

    @PostMapping("/participants/{participantId}/assessments/{assessmentId}/responses")
    @Operation(summary = "Record answers to items while the assessment is in progress (one event per item)")
    ResponseEntity<Created> respond(@PathVariable String participantId, @PathVariable String assessmentId,
                                    @Valid @RequestBody ResponsesRequest request) {
        commands.send(new RecordItemResponsesCommand(participantId, assessmentId, request.responses().stream()
                .map(a -> new ItemAnswer(a.itemKey(), a.levelCode(), a.note(), a.evidenceRef())).toList(),
                request.occurredOn()));
        return Created.at(path(participantId, assessmentId), assessmentId);
    }

    @PostMapping("/participants/{participantId}/assessments/{assessmentId}/completion")
    @Operation(summary = "Complete: every required item answered; domain scores, overall score and stage are computed "
            + "with the version's scoring rule and frozen in the event")
    ResponseEntity<Created> complete(@PathVariable String participantId, @PathVariable String assessmentId,
                                     @Valid @RequestBody CompletionRequest request) {
        commands.send(new CompleteAssessmentCommand(participantId, assessmentId,
                Boolean.TRUE.equals(request.lateEntry()), request.lateEntryReason(), request.occurredOn()));
        return Created.at(path(participantId, assessmentId), assessmentId);
    }

    @PostMapping("/participants/{participantId}/assessments/{assessmentId}/reopening")
    @Operation(summary = "Reopen a completed assessment to amend answers (the frozen scores stay in history)")
    ResponseEntity<Created> reopen(@PathVariable String participantId, @PathVariable String assessmentId,
                                   @Valid @RequestBody ReopenRequest request) {
        commands.send(new ReopenAssessmentCommand(participantId, assessmentId, request.reason(), request.occurredOn()));
        return Created.at(path(participantId, assessmentId), assessmentId);
    }

    @PostMapping("/participants/{participantId}/assessments/{assessmentId}/items/{itemKey}/amendment")
    @Operation(summary = "Amend one answer of a reopened assessment; the old answer is kept in the event")
    ResponseEntity<Created> amend(@PathVariable String participantId, @PathVariable String assessmentId,
                                  @PathVariable String itemKey, @Valid @RequestBody AmendmentRequest request) {
        commands.send(new AmendItemResponseCommand(participantId, assessmentId, itemKey, request.levelCode(),
                request.reason(), request.occurredOn()));
        return Created.at(path(participantId, assessmentId), assessmentId);
    }

    private static String path(String participantId, String assessmentId) {
        return "/participants/" + participantId + "/assessments/" + assessmentId;
    }
}
