package org.equityaccelerator.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grants of one program as a pure fold of its grant events (no clock: the caller says which instant it asks
 * about), so "who could do what, when" has one answer for live decisions and for the access history as of any date.
 */
public final class ProgramGrants {
    private final List<GrantPeriod> periods = new ArrayList<>();

    public ProgramGrants apply(GrantEvent event, Instant recordedAt, String actor) {
        if (event instanceof RoleGranted g) {
            periods.add(new GrantPeriod(g.subject(), g.role(), g.scope(), recordedAt, actor, null, null));
        } else if (event instanceof RoleRevoked r) {
            current(r.subject(), r.role(), r.scope()).ifPresent(p ->
                    periods.set(periods.indexOf(p), p.revoked(recordedAt, actor)));
        }
        return this;
    }

    /** Every period, in the order granted: the access history. */
    public List<GrantPeriod> periods() {
        return Collections.unmodifiableList(periods);
    }

    public List<GrantPeriod> inEffectAt(Instant instant) {
        return periods.stream().filter(p -> p.inEffectAt(instant)).toList();
    }

    /** The open (not revoked) period of this exact grant, if any. */
    public Optional<GrantPeriod> current(String subject, Role role, Scope scope) {
        return periods.stream().filter(p -> p.revokedAt() == null && p.subject().equals(subject)
                && p.role() == role && p.scope().equals(scope)).findFirst();
    }

    /** The roles the subject held at the instant by a grant whose scope covers the target. */
    public Set<Role> rolesOver(String subject, Placement target, Instant at) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantPeriod p : periods) {
            if (p.subject().equals(subject) && p.inEffectAt(at) && target.coveredBy(p.scope())) {
                roles.add(p.role());
            }
        }
        return roles;
    }

    /** The subject's grants in effect at the instant, whatever their scope. */
    public List<GrantPeriod> heldBy(String subject, Instant at) {
        return periods.stream().filter(p -> p.subject().equals(subject) && p.inEffectAt(at)).toList();
    }

    /** Program admins whose grant is not revoked. */
    public long openAdminGrants() {
        return periods.stream().filter(p -> p.role() == Role.PROGRAM_ADMIN && p.revokedAt() == null).count();
    }
}
