package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/** A cohort adopts a published instrument version for the given administrations (BASELINE, MIDPOINT, ...). */
public record InstrumentAdoptedForCohort(String cohortId, String programId, String instrumentId, String version,
                                         List<String> administrations, LocalDate occurredOn)
        implements AcceleratorEvent {
    public InstrumentAdoptedForCohort {
        administrations = List.copyOf(administrations);
    }

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
