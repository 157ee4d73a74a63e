package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.participant.GoalCommands.AbandonGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.DeferGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.DraftGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.MarkGoalAchievedCommand;
import org.equityaccelerator.command.participant.GoalCommands.ProgressStatus;
import org.equityaccelerator.command.participant.GoalCommands.ReopenGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.ReportGoalProgressCommand;
import org.equityaccelerator.command.participant.GoalCommands.RevisableField;
import org.equityaccelerator.command.participant.GoalCommands.ReviseGoalCommand;
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

/** The goal lifecycle after (or before) commitment: drafts, check-ins, revisions, achievement, deferral, closing. */
@RestController
@Tag(name = "Goals")
class GoalController {
    private final CommandSender commands;

    GoalController(CommandSender commands) {
        this.commands = commands;
    }

    record DraftGoalRequest(@Pattern(regexp = Ids.PATTERN) String goalId, @NotBlank @Size(max = 300) String title,
                            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> tags,
                            @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ProgressReportRequest(@NotNull LocalDate asOf, @NotNull ProgressStatus status,
                                 @Min(1) @Max(10) int confidence, @Min(0) @Max(100) Integer progressPct,
                                 @Size(max = 2000) String note, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record RevisionRequest(@NotNull RevisableField field, @NotBlank @Size(max = 300) String newValue,
                           @NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record AchievementRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 300) String> evidence,
                              @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record DeferralRequest(@NotNull LocalDate newTargetDate, @NotBlank @Size(max = 1000) String reason,
                           @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/participants/{participantId}/goal-drafts")
    @Operation(summary = "Draft a goal (commit it later with POST /participants/{participantId}/goals and its goalId)")
    ResponseEntity<Created> draft(@PathVariable String participantId, @Valid @RequestBody DraftGoalRequest request) {
        String id = Ids.orNew(request.goalId());
        commands.send(new DraftGoalCommand(participantId, id, request.title(), request.tags(), request.occurredOn()));
        return Created.at(goalPath(participantId, id), id);
    }

    @PostMapping("/participants/{participantId}/goals/{goalId}/progress-reports")
    @Operation(summary = "Check in on a committed goal: status, confidence 1-10, optional progress %")
    ResponseEntity<Created> report(@PathVariable String participantId, @PathVariable String goalId,
                                   @Valid @RequestBody ProgressReportRequest request) {
        commands.send(new ReportGoalProgressCommand(participantId, goalId, request.asOf(), request.status(),
                request.confidence(), request.progressPct(), request.note(), request.occurredOn()));
        return Created.at(goalPath(participantId, goalId), goalId);
    }

    @PostMapping("/participants/{participantId}/goals/{goalId}/revisions")
    @Operation(summary = "Revise a committed goal's TARGET_DATE or TITLE; the old value is kept in the event")
    ResponseEntity<Created> revise(@PathVariable String participantId, @PathVariable String goalId,
                                   @Valid @RequestBody RevisionRequest request) {
        commands.send(new ReviseGoalCommand(participantId, goalId, request.field(), request.newValue(),
                request.reason(), request.occurredOn()));
        return Created.at(goalPath(participantId, goalId), goalId);
    }

    @PostMapping("/participants/{participantId}/goals/{goalId}/achievement")
    @Operation(summary = "Mark a committed goal achieved, with at least one piece of evidence")
    ResponseEntity<Created> achieve(@PathVariable String participantId, @PathVariable String goalId,
                                    @Valid @RequestBody AchievementRequest request) {
        commands.send(new MarkGoalAchievedCommand(participantId, goalId, request.evidence(), request.occurredOn()));
        return Created.at(goalPath(participantId, goalId), goalId);
    }

    @PostMapping("/participants/{participantId}/goals/{goalId}/deferral")
    @Operation(summary = "Move a committed goal's target date later")
    ResponseEntity<Created> defer(@PathVariable String participantId, @PathVariable String goalId,
                                  @Valid @RequestBody DeferralRequest request) {
        commands.send(new DeferGoalCommand(participantId, goalId, request.newTargetDate(), request.reason(),
                request.occurredOn()));
        return Created.at(goalPath(participantId, goalId), goalId);
    }

    @PostMapping("/participants/{participantId}/goals/{goalId}/abandonment")
    @Operation(summary = "Abandon a goal that is not achieved")
    ResponseEntity<Created> abandon(@PathVariable String participantId, @PathVariable String goalId,
                                    @Valid @RequestBody ReasonRequest request) {
        commands.send(new AbandonGoalCommand(participantId, goalId, request.reason(), request.occurredOn()));
        return Created.at(goalPath(participantId, goalId), goalId);
    }

    @PostMapping("/participants/{participantId}/goals/{goalId}/reopening")
    @Operation(summary = "Reopen an achieved or abandoned goal")
    ResponseEntity<Created> reopen(@PathVariable String participantId, @PathVariable String goalId,
                                   @Valid @RequestBody ReasonRequest request) {
        commands.send(new ReopenGoalCommand(participantId, goalId, request.reason(), request.occurredOn()));
        return Created.at(goalPath(participantId, goalId), goalId);
    }

    private static String goalPath(String participantId, String goalId) {
        return "/participants/" + participantId + "/goals/" + goalId;
    }
}
