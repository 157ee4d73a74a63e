package org.equityaccelerator.access;

/** A program, cohort or participant, by id. */
public record Scope(ScopeKind kind, String id) {
    public static Scope program(String id) {
        return new Scope(ScopeKind.PROGRAM, id);
    }

    public static Scope cohort(String id) {
        return new Scope(ScopeKind.COHORT, id);
    }

    public static Scope participant(String id) {
        return new Scope(ScopeKind.PARTICIPANT, id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
