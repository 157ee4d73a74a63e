package org.equityaccelerator.access;

import java.time.Instant;

/** One span during which a subject held a role for a scope: who granted it when, and who revoked it when (if so). */
public record GrantPeriod(String subject, Role role, Scope scope, Instant grantedAt, String grantedBy,
                          Instant revokedAt, String revokedBy) {

    public boolean inEffectAt(Instant instant) {
        return !grantedAt.isAfter(instant) && (revokedAt == null || revokedAt.isAfter(instant));
    }

    GrantPeriod revoked(Instant at, String by) {
        return new GrantPeriod(subject, role, scope, grantedAt, grantedBy, at, by);
    }
}
