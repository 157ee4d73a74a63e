package org.equityaccelerator.events;

import java.time.LocalDate;

/** The cohort ended: no new sessions, goals or assessments; late reports need a reason (lateEntryReason). */
public record CohortClosed(String cohortId, String programId, LocalDate occurredOn) implements AcceleratorEvent {
    @Override
    public String aggregateId() {
        return cohortId;
    }
}
