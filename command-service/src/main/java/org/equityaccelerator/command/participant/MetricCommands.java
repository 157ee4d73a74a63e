package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A participant's metric series: baseline, target, observations per period, corrections. */
final class MetricCommands {
    private MetricCommands() {
    }

    /** {@code value}, or {@code numerator} and {@code denominator} for a pooled-ratio metric. */
    record Reading(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    record SetMetricBaselineCommand(@TargetAggregateIdentifier String participantId, String metricId, String period,
                                    Reading reading, String source, LocalDate occurredOn, boolean lateEntry,
                                    String lateEntryReason) {
    }

    record SetMetricTargetCommand(@TargetAggregateIdentifier String participantId, String metricId, String byPeriod,
                                  BigDecimal value, LocalDate occurredOn) {
    }

    record RecordMetricObservationCommand(@TargetAggregateIdentifier String participantId, String metricId,
                                          String period, Reading reading, String source, LocalDate occurredOn,
                                          boolean lateEntry, String lateEntryReason) {
    }

    record SubmitMetricObservationCommand(@TargetAggregateIdentifier String participantId, String metricId,
                                          String period, LocalDate occurredOn) {
    }

    record ApproveMetricObservationCommand(@TargetAggregateIdentifier String participantId, String metricId,
                                           String period, LocalDate occurredOn) {
    }

    record ReturnMetricObservationCommand(@TargetAggregateIdentifier String participantId, String metricId,
                                          String period, String comment, LocalDate occurredOn) {
    }

    record CorrectMetricObservationCommand(@TargetAggregateIdentifier String participantId, String metricId,
                                           String period, Reading reading, String reason, LocalDate occurredOn) {
    }
}
