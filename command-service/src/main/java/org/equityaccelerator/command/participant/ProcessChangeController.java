package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.participant.ProcessChangeCommands.AdoptProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.Authority;
import org.equityaccelerator.command.participant.ProcessChangeCommands.ImplementProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.InstitutionalizeProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.RollBackProcessChangeCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The steps of a recorded process change. */
@RestController
@Tag(name = "Process changes")
class ProcessChangeController {
    private final CommandSender commands;

    ProcessChangeController(CommandSender commands) {
        this.commands = commands;
    }

    record AdoptionRequest(@NotNull Authority authority, @Size(max = 300) String evidenceRef,
                           @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ImplementationRequest(@NotNull LocalDate effectiveDate, @Size(max = 500) String scopeDetail,
                                 @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record InstitutionalizationRequest(@NotBlank @Size(max = 300) String policyRef,
                                       @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record RollbackRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/participants/{participantId}/process-changes/{processChangeId}/adoption")
    @Operation(summary = "Adopt a proposed change (department policy, board action, directive or state law)")
    ResponseEntity<Created> adopt(@PathVariable String participantId, @PathVariable String processChangeId,
                                  @Valid @RequestBody AdoptionRequest request) {
        commands.send(new AdoptProcessChangeCommand(participantId, processChangeId, request.authority(),
                request.evidenceRef(), request.occurredOn()));
        return Created.at(path(participantId, processChangeId), processChangeId);
    }

    @PostMapping("/participants/{participantId}/process-changes/{processChangeId}/implementation")
    @Operation(summary = "An adopted change takes effect (not before its adoption)")
    ResponseEntity<Created> implement(@PathVariable String participantId, @PathVariable String processChangeId,
                                      @Valid @RequestBody ImplementationRequest request) {
        commands.send(new ImplementProcessChangeCommand(participantId, processChangeId, request.effectiveDate(),
                request.scopeDetail(), request.occurredOn()));
        return Created.at(path(participantId, processChangeId), processChangeId);
    }

    @PostMapping("/participants/{participantId}/process-changes/{processChangeId}/institutionalization")
    @Operation(summary = "An implemented change is written into standing policy")
    ResponseEntity<Created> institutionalize(@PathVariable String participantId, @PathVariable String processChangeId,
                                             @Valid @RequestBody InstitutionalizationRequest request) {
        commands.send(new InstitutionalizeProcessChangeCommand(participantId, processChangeId, request.policyRef(),
                request.occurredOn()));
        return Created.at(path(participantId, processChangeId), processChangeId);
    }

    @PostMapping("/participants/{participantId}/process-changes/{processChangeId}/rollback")
    @Operation(summary = "Withdraw an implemented or institutionalized change")
    ResponseEntity<Created> rollBack(@PathVariable String participantId, @PathVariable String processChangeId,
                                     @Valid @RequestBody RollbackRequest request) {
        commands.send(new RollBackProcessChangeCommand(participantId, processChangeId, request.reason(),
                request.occurredOn()));
        return Created.at(path(participantId, processChangeId), processChangeId);
    }

    private static String path(String participantId, String processChangeId) {
        return "/participants/" + participantId + "/process-changes/" + processChangeId;
    }
}
