package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

record DefinePhaseCommand(@TargetAggregateIdentifier String cohortId, String phaseId, String name, LocalDate startDate,
                          LocalDate endDate, String expectation, LocalDate occurredOn) {
}
