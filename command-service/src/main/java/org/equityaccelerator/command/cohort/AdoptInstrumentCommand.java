package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.equityaccelerator.command.instrument.Administration;

import java.time.LocalDate;
import java.util.Set;

record AdoptInstrumentCommand(@TargetAggregateIdentifier String cohortId, String instrumentId, String version,
                              Set<Administration> administrations, LocalDate occurredOn) {
}
