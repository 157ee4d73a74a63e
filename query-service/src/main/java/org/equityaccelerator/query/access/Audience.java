package org.equityaccelerator.query.access;

import org.equityaccelerator.access.GrantPeriod;
import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placement;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.access.Role;
import org.equityaccelerator.access.ScopeKind;
import org.equityaccelerator.access.web.Callers;
import org.equityaccelerator.access.web.GrantDecision;
import org.equityaccelerator.access.web.Reach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a cohort's participant list is served to. Program staff (admins, auditors, facilitators, reviewers) see every
 * participant; everyone else sees the participants that consented to be named (REGIONAL_NAMED) and their own team's.
 * Authorization has already let the caller in; this only narrows what it sees.
 */
@Component
public class Audience {
    private final Grants grants;
    private final Placements placements;
    private final Clock clock = Clock.systemUTC();

    private final String operatorProgram;

    Audience(Grants grants, Placements placements,
             @Value("${accelerator.access.operator-program:}") String operatorProgram) {
        this.grants = grants;
        this.placements = placements;
        this.operatorProgram = operatorProgram;
    }

    /**
     * Empty when the caller sees every participant of the cohort; otherwise the participants it may see whatever their
     * consent (its own team's), the consenting ones being visible to it in any case.
     */
    public Optional<Set<String>> restrictedTo(String cohortId) {
        Optional<String> subject = Callers.subject(SecurityContextHolder.getContext().getAuthentication());
        Optional<Placement> cohort = placements.cohort(cohortId);
        if (subject.isEmpty() || cohort.isEmpty()) {
            return Optional.of(Set.of());
        }
        Set<Role> staff = GrantDecision.rolesOf(subject.get(), cohort.get(), Reach.COVERING, placements, grants, clock,
                operatorProgram);
        staff.retainAll(Role.PROGRAM_STAFF);
        if (!staff.isEmpty()) {
            return Optional.empty();
        }
        Set<String> own = new LinkedHashSet<>();
        for (GrantPeriod grant : grants.of(cohort.get().programId()).heldBy(subject.get(), clock.instant())) {
            if (grant.scope().kind() == ScopeKind.PARTICIPANT) {
                own.add(grant.scope().id());
            }
        }
        return Optional.of(own);
    }
}
