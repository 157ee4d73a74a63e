package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Attendance of participants' teams at held sessions. */
@RestController
@Tag(name = "Cohorts and sessions")
class SessionController {
    private final CommandSender commands;

    SessionController(CommandSender commands) {
        this.commands = commands;
    }

    record AttendanceRequest(@NotBlank @Size(max = 64) String participantId, @Min(0) @Max(100) int attendeeCount,
                             @NotNull @Size(max = 30) List<@NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String>
                                     attendeeRoles,
                             @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record AttendanceCorrectionRequest(@Min(0) @Max(100) int attendeeCount,
                                       @NotNull @Size(max = 30) List<@NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY)
                                               String> attendeeRoles,
                                       @NotBlank @Size(max = 1000) String reason,
                                       @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/sessions/{sessionId}/attendance")
    @Operation(summary = "Record a participant team's attendance of a held session (once; then correct it)")
    ResponseEntity<Created> attend(@PathVariable String cohortId, @PathVariable String sessionId,
                                   @Valid @RequestBody AttendanceRequest request) {
        commands.send(new AttendanceHandler.RecordAttendanceCommand(cohortId, sessionId, request.participantId(),
                request.attendeeCount(), request.attendeeRoles(), request.occurredOn()));
        return Created.at(path(cohortId, sessionId, request.participantId()), request.participantId());
    }

    @PostMapping("/cohorts/{cohortId}/sessions/{sessionId}/attendance/{participantId}/corrections")
    @Operation(summary = "Correct a recorded attendance; the recorded one stays in history")
    ResponseEntity<Created> correct(@PathVariable String cohortId, @PathVariable String sessionId,
                                    @PathVariable String participantId,
                                    @Valid @RequestBody AttendanceCorrectionRequest request) {
        commands.send(new AttendanceHandler.CorrectAttendanceCommand(cohortId, sessionId, participantId,
                request.attendeeCount(), request.attendeeRoles(), request.reason(), request.occurredOn()));
        return Created.at(path(cohortId, sessionId, participantId), participantId);
    }

    private static String path(String cohortId, String sessionId, String participantId) {
        return "/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance/" + participantId;
    }
}
