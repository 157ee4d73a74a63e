package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A correction supersedes the period's current value (event {@code supersedesEventId}, value {@code
 * previousValue}); nothing is overwritten. v1.1 (additive): {@code groups}, the period's value per group after the
 * correction (a correction that restates only the total carries the groups over unchanged; absent = none).
 */
public record MetricObservationCorrected(String participantId, String cohortId, String programId, String metricId,
                                         String period, BigDecimal value, BigDecimal numerator,
                                         BigDecimal denominator, String reason, String supersedesEventId,
                                         BigDecimal previousValue, LocalDate occurredOn, List<GroupValue> groups)
        implements MetricEvent {
    public MetricObservationCorrected {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The v1.0 shape. */
    public MetricObservationCorrected(String participantId, String cohortId, String programId, String metricId,
                                      String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                      String reason, String supersedesEventId, BigDecimal previousValue,
                                      LocalDate occurredOn) {
        this(participantId, cohortId, programId, metricId, period, value, numerator, denominator, reason,
                supersedesEventId, previousValue, occurredOn, null);
    }
}
