package org.equityaccelerator.command.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.equityaccelerator.access.Role;

/** Commands of a program's access stream ({@code access:<programId>}). */
final class AccessCommands {
    private AccessCommands() {
    }

    record GrantRoleCommand(@TargetAggregateIdentifier String streamId, String programId, String subject, Role role,
                            String scopeId) {
    }

    record RevokeRoleCommand(@TargetAggregateIdentifier String streamId, String programId, String subject, Role role,
                             String scopeId) {
    }
}
