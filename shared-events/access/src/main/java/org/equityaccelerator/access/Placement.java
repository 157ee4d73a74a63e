package org.equityaccelerator.access;

import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.ParticipantEnrolled;

/**
 * Where a target sits: its program, and its cohort and participant where it has them. A grant covers the target when
 * its scope is one of these (a program grant covers every cohort and participant of the program, a cohort grant
 * every participant of the cohort).
 */
public record Placement(String programId, String cohortId, String participantId) {

    public static Placement program(String programId) {
        return new Placement(programId, null, null);
    }

    public static Placement cohort(String programId, String cohortId) {
        return new Placement(programId, cohortId, null);
    }

    /** Where the stream that starts with this event sits: every published event names its program and cohort. */
    public static Placement ofFirstEvent(AcceleratorEvent first) {
        if (first instanceof ParticipantEnrolled enrolled) {
            return new Placement(enrolled.programId(), enrolled.cohortId(), enrolled.participantId());
        }
        if (first instanceof CohortOpened opened) {
            return cohort(opened.programId(), opened.cohortId());
        }
        return new Placement(first.programId(), first.cohortId(), null);
    }

    public boolean coveredBy(Scope scope) {
        return switch (scope.kind()) {
            case PROGRAM -> scope.id().equals(programId);
            case COHORT -> scope.id().equals(cohortId);
            case PARTICIPANT -> scope.id().equals(participantId);
        };
    }

    /** A grant inside this placement (e.g. a team role in one of the cohort's participants) makes its holder a member. */
    public boolean contains(Scope scope, Placements placements) {
        return switch (scope.kind()) {
            case PROGRAM -> scope.id().equals(programId);
            case COHORT -> cohortId == null ? placements.cohort(scope.id())
                    .map(p -> programId.equals(p.programId())).orElse(false) : scope.id().equals(cohortId);
            case PARTICIPANT -> placements.participant(scope.id())
                    .map(p -> programId.equals(p.programId()) && (cohortId == null || cohortId.equals(p.cohortId()))
                            && (participantId == null || participantId.equals(p.participantId())))
                    .orElse(false);
        };
    }
}
