package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A metric definition adopted by a cohort. {@code unit} PERCENT, USD, COUNT, DAYS or RATIO; {@code polarity}
 * HIGHER_IS_BETTER or LOWER_IS_BETTER; {@code frequency} MONTH, QUARTER or YEAR; {@code aggregation} (regional
 * roll-up) SUM, POOLED_RATIO (sum of numerators / sum of denominators) or MEDIAN_OF_ORGS.
 */
public record MetricAdoptedForCohort(String cohortId, String programId, String metricId, String version, String name,
                                     String unit, String polarity, String frequency, String aggregation,
                                     LocalDate occurredOn) implements AcceleratorEvent {
    @Override
    public String aggregateId() {
        return cohortId;
    }
}
