package org.equityaccelerator.events;

import java.time.LocalDate;

/** A phase of a cohort, e.g. SNI's Pre-Launch, Level Setting, Learning &amp; Action. Phases do not overlap. */
public record CohortPhaseDefined(String cohortId, String programId, String phaseId, String name, LocalDate startDate,
                                 LocalDate endDate, String expectation, LocalDate occurredOn)
        implements AcceleratorEvent {
    @Override
    public String aggregateId() {
        return cohortId;
    }
}
