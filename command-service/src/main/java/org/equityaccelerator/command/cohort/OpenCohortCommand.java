package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

record OpenCohortCommand(@TargetAggregateIdentifier String cohortId, String programId, String label, String region,
                         LocalDate startDate, LocalDate endDate, int minTeamSize, int maxTeamSize,
                         List<String> requiredRoles, LocalDate occurredOn,
                         Integer minReportingParticipants, Integer minCellCount) {
    OpenCohortCommand(String cohortId, String programId, String label, String region, LocalDate startDate,
                      LocalDate endDate, int minTeamSize, int maxTeamSize, List<String> requiredRoles,
                      LocalDate occurredOn, Integer minReportingParticipants) {
        this(cohortId, programId, label, region, startDate, endDate, minTeamSize, maxTeamSize, requiredRoles,
                occurredOn, minReportingParticipants, null);
    }
}
