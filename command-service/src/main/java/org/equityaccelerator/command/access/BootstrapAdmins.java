package org.equityaccelerator.command.access;

import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Role;
import org.equityaccelerator.access.Scope;
import org.equityaccelerator.command.access.AccessCommands.GrantRoleCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first program admins come from configuration ({@code accelerator.access.bootstrap-admins}, entries
 * {@code subject@programId}): at start each is granted PROGRAM_ADMIN for the program unless it holds or once held it
 * (a revocation by the program's admins is not undone by the next restart), as an
 * ordinary grant event (actor {@value #ACTOR}), so the history shows where every admin's right came from. After that
 * admins manage their people in the product; removing an entry from the configuration revokes nothing.
 */
@Component
class BootstrapAdmins implements ApplicationRunner {
    static final String ACTOR = "system:bootstrap";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmins.class);
    private final AccessSettings settings;
    private final Grants grants;
    private final CommandSender commands;

    BootstrapAdmins(AccessSettings settings, Grants grants, CommandSender commands) {
        this.settings = settings;
        this.grants = grants;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (AccessSettings.BootstrapAdmin admin : settings.bootstrapAdmins()) {
            if (everHeld(admin)) {
                continue; // held now, or held and revoked: a revocation by the program's admins stands
            }
            try {
                commands.send(new GrantRoleCommand(GrantEvent.streamIdOf(admin.programId()), admin.programId(),
                        admin.subject(), Role.PROGRAM_ADMIN, admin.programId()), ACTOR, null);
                log.info("bootstrap: {} is program admin of {}", admin.subject(), admin.programId());
            } catch (RuntimeException e) {
                // several instances start at once: another one may have granted it between the check and the send
                // (its grant refuses ours as a repeat, or both created the stream); that is the outcome we wanted
                if (!holds(admin)) {
                    throw e;
                }
                log.info("bootstrap: {} is program admin of {} (granted by another instance)", admin.subject(),
                        admin.programId());
            }
        }
    }

    private boolean everHeld(AccessSettings.BootstrapAdmin admin) {
        return grants.of(admin.programId()).periods().stream().anyMatch(p -> p.subject().equals(admin.subject())
                && p.role() == Role.PROGRAM_ADMIN && p.scope().equals(Scope.program(admin.programId())));
    }

    private boolean holds(AccessSettings.BootstrapAdmin admin) {
        return grants.of(admin.programId()).current(admin.subject(), Role.PROGRAM_ADMIN,
                Scope.program(admin.programId())).isPresent();
    }
}
