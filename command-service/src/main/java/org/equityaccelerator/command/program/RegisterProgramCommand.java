package org.equityaccelerator.command.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

record RegisterProgramCommand(@TargetAggregateIdentifier String programId, String name, String convener,
                              List<String> focusAreas, List<String> participantOrgTypes, LocalDate occurredOn,
                              List<String> processChangeTypes, List<String> frameworkTags, List<String> roles,
                              List<String> processChangeStages) {
}
