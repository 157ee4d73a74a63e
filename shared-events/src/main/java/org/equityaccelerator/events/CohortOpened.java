package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort of a program; team rules say what an Equity Change Team needs (size bounds, required roles).
 * {@code minReportingParticipants} (added in v1.1, absent = {@value #DEFAULT_MIN_REPORTING}): regional aggregates
 * over fewer reporting participants are suppressed. {@code minCellCount} (added in v1.2, absent =
 * {@value #DEFAULT_MIN_CELL_COUNT}): a different rule, about people rather than organisations: a group's value of a
 * disaggregated metric that stands for fewer people or records than this (its cell count) is suppressed in every
 * regional figure and export. The default follows the CMS cell-size suppression policy (no cell of 1 to 10 shown).
 */
public record CohortOpened(String cohortId, String programId, String label, String region, LocalDate startDate,
                           LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                           LocalDate occurredOn, Integer minReportingParticipants, Integer minCellCount)
        implements AcceleratorEvent {
    public static final int DEFAULT_MIN_REPORTING = 3;
    public static final int DEFAULT_MIN_CELL_COUNT = 11;

    public CohortOpened {
        requiredRoles = List.copyOf(requiredRoles);
        if (minReportingParticipants == null) {
            minReportingParticipants = DEFAULT_MIN_REPORTING;
        }
        if (minCellCount == null) {
            minCellCount = DEFAULT_MIN_CELL_COUNT;
        }
    }

    /** The v1.0 shape. */
    public CohortOpened(String cohortId, String programId, String label, String region, LocalDate startDate,
                        LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                        LocalDate occurredOn) {
        this(cohortId, programId, label, region, startDate, endDate, minTeamSize, maxTeamSize, requiredRoles,
                occurredOn, null);
    }

    /** The v1.1 shape. */
    public CohortOpened(String cohortId, String programId, String label, String region, LocalDate startDate,
                        LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                        LocalDate occurredOn, Integer minReportingParticipants) {
        this(cohortId, programId, label, region, startDate, endDate, minTeamSize, maxTeamSize, requiredRoles,
                occurredOn, minReportingParticipants, null);
    }

    @Override public String aggregateId() { return cohortId; }
}
