package org.equityaccelerator.command.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.GrantPeriod;
import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placement;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.access.ProgramGrants;
import org.equityaccelerator.access.Role;
import org.equityaccelerator.command.access.AccessCommands.GrantRoleCommand;
import org.equityaccelerator.command.access.AccessCommands.RevokeRoleCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Program admins manage their own people: grants and revocations are commands; the history answers as of any time. */
@RestController
@Tag(name = "access", description = "grants of roles to subjects (token subjects, never names) and their history")
class AccessController {
    private final CommandSender commands;
    private final Grants grants;
    private final Placements placements;
    private final Clock clock;

    AccessController(CommandSender commands, Grants grants, Placements placements) {
        this.commands = commands;
        this.grants = grants;
        this.placements = placements;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param subject the token subject ({@code sub}) of a person or the client id of a partner: pseudonymous
     * @param scopeId the program (PROGRAM_ADMIN, AUDITOR, PARTNER), cohort (FACILITATOR, REVIEWER, VIEWER) or
     *                participant (TEAM_LEAD, TEAM_MEMBER) the role is held for; it must belong to the program
     */
    record GrantRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9:._-]{0,99}") String subject,
                        @NotNull Role role, @NotBlank @Pattern(regexp = Ids.PATTERN) String scopeId) {
    }

    record AccessHistory(String programId, Instant at, List<GrantPeriod> inEffect, List<GrantPeriod> periods) {
    }

    @PostMapping("/programs/{programId}/grants")
    @Operation(summary = "Grant a role to a subject for a scope of the program (program admins)")
    ResponseEntity<Created> grant(@PathVariable String programId, @Valid @RequestBody GrantRequest request) {
        requireScopeInProgram(programId, request);
        commands.send(new GrantRoleCommand(GrantEvent.streamIdOf(programId), programId, request.subject(),
                request.role(), request.scopeId()));
        return Created.at("/programs/" + programId + "/access-history", GrantEvent.streamIdOf(programId));
    }

    @PostMapping("/programs/{programId}/grants/revocation")
    @Operation(summary = "Revoke a role held by a subject for a scope; it permits nothing from this instant on")
    ResponseEntity<Created> revoke(@PathVariable String programId, @Valid @RequestBody GrantRequest request) {
        commands.send(new RevokeRoleCommand(GrantEvent.streamIdOf(programId), programId, request.subject(),
                request.role(), request.scopeId()));
        return Created.at("/programs/" + programId + "/access-history", GrantEvent.streamIdOf(programId));
    }

    @GetMapping("/programs/{programId}/access-history")
    @Operation(summary = "Who could do what, when: every grant period, and those in effect at an instant (default now)")
    AccessHistory history(@PathVariable String programId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        ProgramGrants program = grants.of(programId);
        Instant instant = at == null ? clock.instant() : at;
        return new AccessHistory(programId, instant, program.inEffectAt(instant), program.periods());
    }

    private void requireScopeInProgram(String programId, GrantRequest request) {
        Optional<Placement> scope = switch (request.role().scopeKind()) {
            case PROGRAM -> Optional.of(Placement.program(request.scopeId()));
            case COHORT -> placements.cohort(request.scopeId());
            case PARTICIPANT -> placements.participant(request.scopeId());
        };
        if (scope.isEmpty()) {
            throw new UnknownTarget("scopeId", "no " + request.role().scopeKind().name().toLowerCase() + " "
                    + request.scopeId() + " (a " + request.role() + " grant is for a "
                    + request.role().scopeKind().name().toLowerCase() + ")");
        }
        if (!programId.equals(scope.get().programId())) {
            throw new RuleViolation("scopeId", request.scopeId() + " does not belong to program " + programId);
        }
    }
}
