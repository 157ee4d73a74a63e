package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort of a program; team rules say what an Equity Change Team needs (size bounds, required roles).
 * {@code minReportingParticipants} (added in v1.1, absent = {@value #DEFAULT_MIN_REPORTING}): regional aggregates
 * over fewer reporting participants are suppressed.
 */
public record CohortOpened(String cohortId, String programId, String label, String region, LocalDate startDate,
                           LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                           LocalDate occurredOn, Integer minReportingParticipants) implements AcceleratorEvent {
    public static final int DEFAULT_MIN_REPORTING = 3;

    public CohortOpened {
        requiredRoles = List.copyOf(requiredRoles);
        if (minReportingParticipants == null) {
            minReportingParticipants = DEFAULT_MIN_REPORTING;
        }
    }

    /** The v1.0 shape. */
    public CohortOpened(String cohortId, String programId, String label, String region, LocalDate startDate,
                        LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                        LocalDate occurredOn) {
        this(cohortId, programId, label, region, startDate, endDate, minTeamSize, maxTeamSize, requiredRoles,
                occurredOn, null);
    }

    @Override public String aggregateId() { return cohortId; }
}
