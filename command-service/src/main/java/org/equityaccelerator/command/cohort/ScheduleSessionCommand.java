package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

record ScheduleSessionCommand(@TargetAggregateIdentifier String cohortId, String sessionId, int seq, String title,
                              LocalDate scheduledFor, DatePrecision datePrecision, LocalDate occurredOn,
                              String phaseId, SessionType sessionType, Modality modality) {
}
