package org.equityaccelerator.access;

/** The levels a grant can be given at; each level lies inside the one before (program > cohort > participant). */
public enum ScopeKind {
    PROGRAM, COHORT, PARTICIPANT
}
