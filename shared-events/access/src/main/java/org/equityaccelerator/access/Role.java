package org.equityaccelerator.access;

import java.util.EnumSet;
import java.util.Set;

/** What a grant lets its holder do, and the level of scope it is granted at. */
public enum Role {
    PROGRAM_ADMIN(ScopeKind.PROGRAM),
    AUDITOR(ScopeKind.PROGRAM),
    /** A partner system: read-only API. */
    PARTNER(ScopeKind.PROGRAM),
    FACILITATOR(ScopeKind.COHORT),
    REVIEWER(ScopeKind.COHORT),
    VIEWER(ScopeKind.COHORT),
    TEAM_LEAD(ScopeKind.PARTICIPANT),
    TEAM_MEMBER(ScopeKind.PARTICIPANT);

    /** The program's own people: they see participants by name whatever their consent (issue 9, consent rule). */
    public static final Set<Role> PROGRAM_STAFF = EnumSet.of(PROGRAM_ADMIN, AUDITOR, FACILITATOR, REVIEWER);

    private final ScopeKind scopeKind;

    Role(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }
}
