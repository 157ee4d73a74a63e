package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A metric definition adopted by a cohort. {@code unit} PERCENT, USD, COUNT, DAYS or RATIO; {@code polarity}
 * HIGHER_IS_BETTER or LOWER_IS_BETTER; {@code frequency} MONTH, QUARTER or YEAR; {@code aggregation} (regional
 * roll-up) SUM, POOLED_RATIO (sum of numerators / sum of denominators), MEDIAN_OF_ORGS or COUNT_ORGS_MEETING (how
 * many participants' values meet {@code threshold} in the good direction).
 * <p>
 * v1.1 (additive): {@code threshold}, set only for COUNT_ORGS_MEETING; {@code category} (RBA: HOW_MUCH, HOW_WELL,
 * BETTER_OFF), {@code numeratorDefinition}, {@code denominatorDefinition} and {@code definitionNotes} (what "local",
 * "small", "CBO" mean), all optional.
 */
public record MetricAdoptedForCohort(String cohortId, String programId, String metricId, String version, String name,
                                     String unit, String polarity, String frequency, String aggregation,
                                     LocalDate occurredOn, java.math.BigDecimal threshold, String category,
                                     String numeratorDefinition, String denominatorDefinition,
                                     String definitionNotes) implements AcceleratorEvent {
    /** The v1.0 shape. */
    public MetricAdoptedForCohort(String cohortId, String programId, String metricId, String version, String name,
                                  String unit, String polarity, String frequency, String aggregation,
                                  LocalDate occurredOn) {
        this(cohortId, programId, metricId, version, name, unit, polarity, frequency, aggregation, occurredOn, null,
                null, null, null, null);
    }

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
