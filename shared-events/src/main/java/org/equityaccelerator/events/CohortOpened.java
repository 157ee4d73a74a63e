package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/** A cohort of a program; team rules say what an Equity Change Team needs (size bounds, required roles). */
public record CohortOpened(String cohortId, String programId, String label, String region, LocalDate startDate,
                           LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                           LocalDate occurredOn) implements AcceleratorEvent {
    public CohortOpened {
        requiredRoles = List.copyOf(requiredRoles);
    }

    @Override public String aggregateId() { return cohortId; }
}
