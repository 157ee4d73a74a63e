package org.equityaccelerator.command.program;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Programs")
class ProgramController {
    private final CommandSender commands;

    ProgramController(CommandSender commands) {
        this.commands = commands;
    }

    record RegisterProgramRequest(@Pattern(regexp = Ids.PATTERN) String programId,
                                  @NotBlank @Size(max = 200) String name,
                                  @NotBlank @Size(max = 200) String convener,
                                  @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> focusAreas,
                                  @NotEmpty @Size(max = 20) List<@Pattern(regexp = "[A-Z][A-Z_]{1,40}") String> participantOrgTypes,
                                  @NotNull @PastOrPresent LocalDate occurredOn,
                                  @Size(max = 200) List<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,60}") String>
                                          processChangeTypes,
                                  @Size(max = 200) List<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,60}") String>
                                          frameworkTags,
                                  @Size(min = 1, max = 100) List<@NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String>
                                          roles,
                                  @Size(min = 1, max = 100) List<@NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String>
                                          processChangeStages) {
    }

    @PostMapping("/programs")
    @Operation(summary = "Register a program (e.g. a regional equity accelerator); optionally its process-change "
            + "taxonomy and the framework tags its goals may carry (absent: any), its role catalogue for change teams "
            + "(absent: the default roles, EXECUTIVE_LEADERSHIP ... OTHER) and its process-change lifecycle stages "
            + "(absent: the contracting lifecycle, SOLICITATION_DESIGN ... COMMUNITY_INVESTMENT)")
    ResponseEntity<Created> register(@Valid @RequestBody RegisterProgramRequest request) {
        String id = Ids.orNew(request.programId());
        commands.send(new RegisterProgramCommand(id, request.name(), request.convener(), request.focusAreas(),
                request.participantOrgTypes(), request.occurredOn(), request.processChangeTypes(),
                request.frameworkTags(), request.roles(), request.processChangeStages()));
        return Created.at("/programs/" + id, id);
    }
}
