package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A metric definition adopted by a cohort. {@code unit} PERCENT, USD, COUNT, DAYS or RATIO; {@code polarity}
 * HIGHER_IS_BETTER or LOWER_IS_BETTER; {@code frequency} MONTH, QUARTER or YEAR; {@code aggregation} (regional
 * roll-up) SUM, POOLED_RATIO (sum of numerators / sum of denominators), MEDIAN_OF_ORGS or COUNT_ORGS_MEETING (how
 * many participants' values meet {@code threshold} in the good direction).
 * <p>
 * v1.1 (additive): {@code threshold}, set only for COUNT_ORGS_MEETING; {@code category} (RBA: HOW_MUCH, HOW_WELL,
 * BETTER_OFF), {@code numeratorDefinition}, {@code denominatorDefinition} and {@code definitionNotes} (what "local",
 * "small", "CBO" mean), all optional.
 * <p>
 * v1.2 (additive): {@code disaggregations}, the dimensions the metric is also reported by, each with its groups and
 * reference group; absent or empty = not disaggregated.
 */
public record MetricAdoptedForCohort(String cohortId, String programId, String metricId, String version, String name,
                                     String unit, String polarity, String frequency, String aggregation,
                                     LocalDate occurredOn, java.math.BigDecimal threshold, String category,
                                     String numeratorDefinition, String denominatorDefinition,
                                     String definitionNotes, List<Disaggregation> disaggregations)
        implements AcceleratorEvent {
    public MetricAdoptedForCohort {
        disaggregations = disaggregations == null ? List.of() : List.copyOf(disaggregations);
    }

    /** The v1.0 shape. */
    public MetricAdoptedForCohort(String cohortId, String programId, String metricId, String version, String name,
                                  String unit, String polarity, String frequency, String aggregation,
                                  LocalDate occurredOn) {
        this(cohortId, programId, metricId, version, name, unit, polarity, frequency, aggregation, occurredOn, null,
                null, null, null, null);
    }

    /** The v1.1 shape. */
    public MetricAdoptedForCohort(String cohortId, String programId, String metricId, String version, String name,
                                  String unit, String polarity, String frequency, String aggregation,
                                  LocalDate occurredOn, java.math.BigDecimal threshold, String category,
                                  String numeratorDefinition, String denominatorDefinition, String definitionNotes) {
        this(cohortId, programId, metricId, version, name, unit, polarity, frequency, aggregation, occurredOn,
                threshold, category, numeratorDefinition, denominatorDefinition, definitionNotes, null);
    }

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
