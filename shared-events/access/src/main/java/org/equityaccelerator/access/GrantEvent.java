package org.equityaccelerator.access;

/** A change of who holds which role in a program. */
public sealed interface GrantEvent permits RoleGranted, RoleRevoked {
    String programId();

    String subject();

    Role role();

    String scopeId();

    default Scope scope() {
        return new Scope(role().scopeKind(), scopeId());
    }

    /** The stream of a program's grants; ':' never occurs in program, cohort or participant ids. */
    static String streamIdOf(String programId) {
        return "access:" + programId;
    }
}
