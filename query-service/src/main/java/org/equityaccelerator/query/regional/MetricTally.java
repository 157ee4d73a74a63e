package org.equityaccelerator.query.regional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricEvent;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.events.MetricTargetSet;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

/**
 * Metrics the cohort adopted and every participant's series of each: the current value per period (corrections
 * replace), baseline and target. Regional figures are rolled up from it when the view is served ({@link MetricRollup}).
 */
public class MetricTally {
    public TreeMap<String, Definition> definitions = new TreeMap<>();
    /** metricId -> participantId -> series (internal: one organisation's values are never published). */
    public TreeMap<String, TreeMap<String, Series>> series = new TreeMap<>();

    public record Definition(String name, String unit, String polarity, String frequency, String aggregation,
                             BigDecimal threshold, String category, String numeratorDefinition,
                             String denominatorDefinition, String definitionNotes,
                             List<Disaggregation> disaggregations) {
        public Definition {
            disaggregations = disaggregations == null ? List.of() : List.copyOf(disaggregations);
        }

        boolean higherIsBetter() {
            return !"LOWER_IS_BETTER".equals(polarity);
        }
    }

    /** One period's current value, with the numerator and denominator where the metric is a ratio. */
    public record Reading(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    public static class Series {
        public BigDecimal baseline;
        public String baselinePeriod;
        public BigDecimal target;
        /** period -> current reading. */
        public TreeMap<String, Reading> values = new TreeMap<>();
        /** period -> current per-group values of a disaggregated metric (a correction states its period's anew). */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public TreeMap<String, List<GroupValue>> groups = new TreeMap<>();

        /**
         * Whether this participant's reading for the period is withheld from every regional roll-up: one of its
         * cells is below the minimum cell count. Its total and its other cells would otherwise let anyone subtract
         * the suppressed cell from the published figures (complementary suppression of the participant's period).
         */
        boolean withheld(String period, int minCell) {
            return groups.getOrDefault(period, List.of()).stream().anyMatch(g -> DisparityRollup.small(g, minCell));
        }

        void groups(String period, List<GroupValue> values) {
            if (values.isEmpty()) {
                groups.remove(period);
            } else {
                groups.put(period, values);
            }
        }
    }

    static boolean appliesTo(Object data) {
        return data instanceof MetricAdoptedForCohort || data instanceof MetricEvent;
    }

    void apply(Object data) {
        if (data instanceof MetricAdoptedForCohort e) {
            definitions.put(e.metricId(), new Definition(e.name(), e.unit(), e.polarity(), e.frequency(),
                    e.aggregation(), e.threshold(), e.category(), e.numeratorDefinition(), e.denominatorDefinition(),
                    e.definitionNotes(), e.disaggregations()));
            return;
        }
        MetricEvent event = (MetricEvent) data;
        Series s = series.computeIfAbsent(event.metricId(), id -> new TreeMap<>())
                .computeIfAbsent(event.participantId(), id -> new Series());
        if (data instanceof MetricBaselineSet e) {
            s.baseline = e.value();
            s.baselinePeriod = e.period();
            s.values.put(e.period(), new Reading(e.value(), e.numerator(), e.denominator()));
            s.groups(e.period(), e.groups());
        } else if (data instanceof MetricTargetSet e) {
            s.target = e.value();
        } else if (data instanceof MetricObservationRecorded e) {
            s.values.put(e.period(), new Reading(e.value(), e.numerator(), e.denominator()));
            s.groups(e.period(), e.groups());
        } else if (data instanceof MetricObservationCorrected e) {
            s.values.put(e.period(), new Reading(e.value(), e.numerator(), e.denominator()));
            s.groups(e.period(), e.groups());
            if (e.period().equals(s.baselinePeriod)) {
                s.baseline = e.value();
            }
        }
    }
}
