package org.equityaccelerator.access.web;

import org.equityaccelerator.access.GrantPeriod;
import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placement;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.access.ProgramGrants;
import org.equityaccelerator.access.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides a request by the caller's grants now: the caller (token subject) must hold one of the rule's roles by a
 * grant whose scope covers the target (program &lt;- cohort &lt;- participant). A target that cannot be placed is refused
 * (403, like a target the caller has no grant for: whether something exists cannot be probed). The operator's
 * program is the platform's own: its admins and auditors hold their role over every program.
 */
public final class GrantDecision implements AuthorizationManager<RequestAuthorizationContext> {
    /** The roles of the operator's program that hold over every program. */
    public static final Set<Role> PLATFORM_WIDE = EnumSet.of(Role.PROGRAM_ADMIN, Role.AUDITOR);
    private final AccessRule rule;
    private final Placements placements;
    private final Grants grants;
    private final Clock clock;
    private final String operatorProgram;

    public GrantDecision(AccessRule rule, Placements placements, Grants grants, Clock clock, String operatorProgram) {
        this.rule = rule;
        this.placements = placements;
        this.grants = grants;
        this.clock = clock;
        this.operatorProgram = operatorProgram;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext request) {
        Optional<String> subject = Callers.subject(authentication.get());
        if (subject.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        Optional<Placement> target = rule.target().locate(request, placements);
        if (target.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        Set<Role> held = rolesOf(subject.get(), target.get(), rule.reach(), placements, grants, clock, operatorProgram);
        held.retainAll(rule.roles());
        return new AuthorizationDecision(!held.isEmpty());
    }

    /** The roles the subject holds now that count for the target. */
    public static Set<Role> rolesOf(String subject, Placement target, Reach reach, Placements placements,
                                    Grants grants, Clock clock, String operatorProgram) {
        ProgramGrants program = grants.of(target.programId());
        Set<Role> held = program.rolesOver(subject, target, clock.instant());
        if (operatorProgram != null && !operatorProgram.isBlank() && !operatorProgram.equals(target.programId())) {
            Set<Role> platformWide = grants.of(operatorProgram).rolesOver(subject, Placement.program(operatorProgram),
                    clock.instant());
            platformWide.retainAll(PLATFORM_WIDE);
            held.addAll(platformWide);
        }
        if (reach == Reach.COVERING_OR_WITHIN) {
            for (GrantPeriod p : program.heldBy(subject, clock.instant())) {
                if (target.contains(p.scope(), placements)) {
                    held.add(p.role());
                }
            }
        }
        return held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held);
    }
}
