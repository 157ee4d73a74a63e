package org.equityaccelerator.command.access;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.access.GrantEvent;
import org.equityaccelerator.access.Role;
import org.equityaccelerator.access.RoleGranted;
import org.equityaccelerator.access.RoleRevoked;
import org.equityaccelerator.access.Scope;
import org.equityaccelerator.command.axon.CommandMetadata;
import org.equityaccelerator.command.access.AccessCommands.GrantRoleCommand;
import org.equityaccelerator.command.access.AccessCommands.RevokeRoleCommand;
import org.equityaccelerator.access.ProgramGrants;
import org.equityaccelerator.command.rules.RuleViolation;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who holds which role in one program. Its stream exists from the first grant (the bootstrap admin, before the
 * program is even registered). A grant is held at most once at a time; the last program admin cannot be revoked, so
 * a program never locks its own people out.
 */
@Aggregate
public class ProgramAccess {
    @AggregateIdentifier
    private String streamId;
    private ProgramGrants grants = new ProgramGrants();

    protected ProgramAccess() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GrantRoleCommand command) {
        Scope scope = new Scope(command.role().scopeKind(), command.scopeId());
        if (grants.current(command.subject(), command.role(), scope).isPresent()) {
            throw new RuleViolation("subject", command.subject() + " already holds " + command.role() + " for " + scope);
        }
        apply(new RoleGranted(command.programId(), command.subject(), command.role(), command.scopeId()));
    }

    @CommandHandler
    void handle(RevokeRoleCommand command) {
        Scope scope = new Scope(command.role().scopeKind(), command.scopeId());
        if (grants.current(command.subject(), command.role(), scope).isEmpty()) {
            throw new RuleViolation("subject", command.subject() + " holds no " + command.role() + " for " + scope);
        }
        if (command.role() == Role.PROGRAM_ADMIN && grants.openAdminGrants() == 1) {
            throw new RuleViolation("subject", "the program's last admin cannot be revoked; grant another admin first");
        }
        apply(new RoleRevoked(command.programId(), command.subject(), command.role(), command.scopeId()));
    }

    @EventSourcingHandler
    void on(RoleGranted event, @Timestamp Instant recordedAt, @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        streamId = GrantEvent.streamIdOf(event.programId());
        grants.apply(event, recordedAt, actor);
    }

    @EventSourcingHandler
    void on(RoleRevoked event, @Timestamp Instant recordedAt, @MetaDataValue(CommandMetadata.ACTOR) String actor) {
        grants.apply(event, recordedAt, actor);
    }
}
