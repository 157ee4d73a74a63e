package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

record AdoptMetricCommand(@TargetAggregateIdentifier String cohortId, String metricId, String version, String name,
                          MetricUnit unit, Polarity polarity, Frequency frequency, Aggregation aggregation,
                          LocalDate occurredOn, java.math.BigDecimal threshold, Category category,
                          String numeratorDefinition, String denominatorDefinition, String definitionNotes,
                          List<Dimension> disaggregations) {
    AdoptMetricCommand(String cohortId, String metricId, String version, String name, MetricUnit unit,
                       Polarity polarity, Frequency frequency, Aggregation aggregation, LocalDate occurredOn,
                       java.math.BigDecimal threshold, Category category, String numeratorDefinition,
                       String denominatorDefinition, String definitionNotes) {
        this(cohortId, metricId, version, name, unit, polarity, frequency, aggregation, occurredOn, threshold, category,
                numeratorDefinition, denominatorDefinition, definitionNotes, List.of());
    }

    /** A dimension the metric is also reported by: its group codes and the reference group gaps are measured to. */
    record Dimension(String dimension, List<String> groups, String referenceGroup) {
    }

    /** Results-Based Accountability: how much did we do, how well did we do it, is anyone better off. */
    enum Category { HOW_MUCH, HOW_WELL, BETTER_OFF }

    enum MetricUnit { PERCENT, USD, COUNT, DAYS, RATIO }

    enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    enum Frequency { MONTH, QUARTER, YEAR }

    enum Aggregation { SUM, POOLED_RATIO, MEDIAN_OF_ORGS, COUNT_ORGS_MEETING }
}
