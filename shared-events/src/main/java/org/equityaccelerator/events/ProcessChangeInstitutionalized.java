package org.equityaccelerator.events;

import java.time.LocalDate;

/** An implemented change is written into standing policy ({@code policyRef}). */
public record ProcessChangeInstitutionalized(String participantId, String cohortId, String programId,
                                             String processChangeId, String policyRef, LocalDate occurredOn)
        implements ProcessChangeEvent {
}
