package org.equityaccelerator.query.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A metric's regional figure for its latest reported period, by the definition's roll-up rule: SUM of values,
 * POOLED_RATIO (sum of numerators over sum of denominators; medians and means of shares would mislead) or
 * MEDIAN_OF_ORGS (for days and the like, never summed) or COUNT_ORGS_MEETING (participants at or past the threshold
 * in the good direction). Suppressed below the cohort's minimum reporting participants.
 */
final class MetricRollup {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricRollup() {
    }

    static RegionalProgress.RegionalMetric of(RegionalProgress.MetricDefinition definition, String metricId,
                                              Map<String, RegionalProgress.ParticipantTally> participants, int minimum) {
        java.util.TreeMap<String, List<List<BigDecimal>>> byPeriod = new java.util.TreeMap<>();
        for (RegionalProgress.ParticipantTally tally : participants.values()) {
            RegionalProgress.TallyMetric m = tally.metrics.get(metricId);
            if (m != null) {
                m.values.forEach((period, reading) ->
                        byPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(reading));
            }
        }
        java.util.TreeMap<String, RegionalProgress.PeriodFigure> trend = new java.util.TreeMap<>();
        byPeriod.forEach((period, readings) -> {
            boolean suppressed = readings.size() < minimum;
            trend.put(period, new RegionalProgress.PeriodFigure(readings.size(),
                    suppressed || definition == null ? null : rollUp(definition, readings), suppressed));
        });
        String latest = byPeriod.isEmpty() ? null : byPeriod.lastKey();
        int improving = 0;
        int meetingTarget = 0;
        boolean higherIsBetter = definition == null || !"LOWER_IS_BETTER".equals(definition.polarity());
        for (RegionalProgress.ParticipantTally tally : participants.values()) {
            RegionalProgress.TallyMetric m = tally.metrics.get(metricId);
            if (m == null || latest == null || !m.values.containsKey(latest)) {
                continue;
            }
            BigDecimal value = m.values.get(latest).get(0);
            if (m.baseline != null && better(value, m.baseline, higherIsBetter)) {
                improving++;
            }
            if (m.target != null && !better(m.target, value, higherIsBetter)) {
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

    private static BigDecimal rollUp(RegionalProgress.MetricDefinition definition, List<List<BigDecimal>> readings) {
        switch (definition.aggregation()) {
            case "SUM":
                return readings.stream().map(r -> r.get(0)).reduce(BigDecimal.ZERO, BigDecimal::add);
            case "COUNT_ORGS_MEETING": {
                boolean higherIsBetter = !"LOWER_IS_BETTER".equals(definition.polarity());
                return BigDecimal.valueOf(readings.stream().map(r -> r.get(0))
                        .filter(v -> !better(definition.threshold(), v, higherIsBetter)).count());
            }
            case "POOLED_RATIO": {
                BigDecimal num = BigDecimal.ZERO;
                BigDecimal den = BigDecimal.ZERO;
                for (List<BigDecimal> r : readings) {
                    if (r.get(1) == null || r.get(2) == null) {
                        return null;
                    }
                    num = num.add(r.get(1));
                    den = den.add(r.get(2));
                }
                BigDecimal ratio = num.divide(den, 6, RoundingMode.HALF_UP);
                return ("PERCENT".equals(definition.unit()) ? ratio.multiply(HUNDRED) : ratio)
                        .setScale(2, RoundingMode.HALF_UP);
            }
            default: {
                List<BigDecimal> sorted = readings.stream().map(r -> r.get(0)).sorted().toList();
                int mid = sorted.size() / 2;
                return (sorted.size() % 2 == 1 ? sorted.get(mid)
                        : sorted.get(mid - 1).add(sorted.get(mid)).divide(BigDecimal.valueOf(2)))
                        .setScale(2, RoundingMode.HALF_UP);
            }
        }
    }
}
