package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A participant's metric series: baseline, target, observations per period, corrections. */
final class MetricCommands {
    private MetricCommands() {
    }

    /**
     * {@code value}, or {@code numerator} and {@code denominator} for a pooled-ratio metric; {@code groups}: the same
     * per group of the metric's disaggregation dimensions (none when it is not disaggregated).
     */
    record Reading(BigDecimal value, BigDecimal numerator, BigDecimal denominator, List<GroupReading> groups) {
        Reading {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        Reading(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
            this(value, numerator, denominator, List.of());
        }
    }

    /** One group's reading; {@code count}: how many people or records stand behind it (the cell size). */
    record GroupReading(String dimension, String group, BigDecimal value, BigDecimal numerator,
                        BigDecimal denominator, Long count) {
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
