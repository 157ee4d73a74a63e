package org.equityaccelerator.command.participant;

import java.util.Optional;

/** Who takes part in a cohort, for commands of other aggregates (a recommendation's endorsements). */
public interface Enrolments {
    /**
     * The participant id of the organisation in the cohort, if it is enrolled; one that withdrew is refused with the
     * withdrawal rule (naming {@code orgId}): nothing new is recorded for it, in other aggregates either.
     */
    Optional<String> activeParticipant(String cohortId, String orgId);

    /** Organisations enrolled in the cohort and not withdrawn. */
    int activeCount(String cohortId);

    /** The participant id an enrolment of the organisation in the cohort has (or would have). */
    static String participantIdOf(String cohortId, String orgId) {
        return EnrolmentHandler.participantIdOf(cohortId, orgId);
    }
}
