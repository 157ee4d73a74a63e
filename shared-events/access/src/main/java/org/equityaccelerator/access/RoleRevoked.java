package org.equityaccelerator.access;

/** A program admin took a role for a scope back from a subject; from then on it permits nothing. */
public record RoleRevoked(String programId, String subject, Role role, String scopeId) implements GrantEvent {
}
