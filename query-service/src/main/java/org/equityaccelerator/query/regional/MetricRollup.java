package org.equityaccelerator.query.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A metric's regional figure for its latest reported period, by the definition's roll-up rule: SUM of values,
 * POOLED_RATIO (sum of numerators over sum of denominators; medians and means of shares would mislead) or
 * MEDIAN_OF_ORGS (for days and the like, never summed) or COUNT_ORGS_MEETING (participants at or past the threshold
 * in the good direction). Suppressed below the cohort's minimum reporting participants. A participant's reading for a
 * period in which one of its disaggregated cells is suppressed is withheld from the period's figure (see
 * {@link DisparityRollup}): otherwise the overall figure minus the published groups would be that cell.
 */
final class MetricRollup {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricRollup() {
    }

    /** Every metric adopted or reported, with its definition as published and its regional figure. */
    static void publish(RegionalProgress v, MetricTally tally, int minimum, int minCell) {
        tally.definitions.forEach((id, d) -> v.metricDefinitions.put(id, new RegionalProgress.MetricDefinition(
                d.name(), d.unit(), d.polarity(), d.frequency(), d.aggregation(), d.threshold(), d.category(),
                d.numeratorDefinition(), d.denominatorDefinition(), d.definitionNotes(), d.disaggregations())));
        Set<String> metricIds = new TreeSet<>(tally.definitions.keySet());
        metricIds.addAll(tally.series.keySet());
        for (String metricId : metricIds) {
            v.metrics.put(metricId, of(tally.definitions.get(metricId),
                    tally.series.getOrDefault(metricId, new TreeMap<>()), minimum, minCell));
        }
    }

    static RegionalProgress.RegionalMetric of(MetricTally.Definition definition,
                                              Map<String, MetricTally.Series> participants, int minimum,
                                              int minCell) {
        TreeMap<String, List<MetricTally.Reading>> byPeriod = new TreeMap<>();
        for (MetricTally.Series series : participants.values()) {
            series.values.forEach((period, reading) -> {
                List<MetricTally.Reading> readings = byPeriod.computeIfAbsent(period, k -> new ArrayList<>());
                if (!series.withheld(period, minCell)) {
                    readings.add(reading);
                }
            });
        }
        TreeMap<String, RegionalProgress.PeriodFigure> trend = new TreeMap<>();
        byPeriod.forEach((period, readings) -> {
            boolean suppressed = readings.size() < minimum;
            trend.put(period, new RegionalProgress.PeriodFigure(readings.size(),
                    suppressed || definition == null ? null : rollUp(definition, readings), suppressed));
        });
        String latest = byPeriod.isEmpty() ? null : byPeriod.lastKey();
        int improving = 0;
        int meetingTarget = 0;
        boolean higherIsBetter = definition == null || definition.higherIsBetter();
        for (MetricTally.Series series : participants.values()) {
            MetricTally.Reading reading = latest == null ? null : series.values.get(latest);
            if (reading == null || series.withheld(latest, minCell)) {
                continue;
            }
            if (series.baseline != null && better(reading.value(), series.baseline, higherIsBetter)) {
                improving++;
            }
            if (series.target != null && !better(series.target, reading.value(), higherIsBetter)) {
                meetingTarget++;
            }
        }
        RegionalProgress.PeriodFigure last = latest == null ? null : trend.get(latest);
        boolean suppressed = last == null || last.suppressed();
        return new RegionalProgress.RegionalMetric(definition == null ? null : definition.name(),
                definition == null ? null : definition.aggregation(), latest,
                last == null ? 0 : last.reportingParticipants(), last == null ? null : last.value(), suppressed,
                suppressed ? null : improving, suppressed ? null : meetingTarget, trend);
    }

    private static boolean better(BigDecimal a, BigDecimal b, boolean higherIsBetter) {
        return higherIsBetter ? a.compareTo(b) > 0 : a.compareTo(b) < 0;
    }

    static BigDecimal rollUp(MetricTally.Definition definition, List<MetricTally.Reading> readings) {
        switch (definition.aggregation()) {
            case "SUM":
                return readings.stream().map(MetricTally.Reading::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case "COUNT_ORGS_MEETING":
                return BigDecimal.valueOf(readings.stream().map(MetricTally.Reading::value)
                        .filter(v -> !better(definition.threshold(), v, definition.higherIsBetter())).count());
            case "POOLED_RATIO": {
                BigDecimal num = BigDecimal.ZERO;
                BigDecimal den = BigDecimal.ZERO;
                for (MetricTally.Reading r : readings) {
                    if (r.numerator() == null || r.denominator() == null) {
                        return null;
                    }
                    num = num.add(r.numerator());
                    den = den.add(r.denominator());
                }
                BigDecimal ratio = num.divide(den, 6, RoundingMode.HALF_UP);
                return ("PERCENT".equals(definition.unit()) ? ratio.multiply(HUNDRED) : ratio)
                        .setScale(2, RoundingMode.HALF_UP);
            }
            default:
                return Median.of(readings.stream().map(MetricTally.Reading::value).toList());
        }
    }
}
