package org.equityaccelerator.access;

/**
 * A program admin gave a subject a role for a scope of the program. Subjects are the tokens' pseudonymous {@code sub}
 * (or a client id), never names. Internal: not part of the partner contract, never on the partner topic.
 */
public record RoleGranted(String programId, String subject, Role role, String scopeId) implements GrantEvent {
}
