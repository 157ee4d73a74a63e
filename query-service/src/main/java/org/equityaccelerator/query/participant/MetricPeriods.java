package org.equityaccelerator.query.participant;

import org.equityaccelerator.query.regional.MetricTally;
import org.equityaccelerator.query.regional.RegionalTallies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Metric figures that need the cohort's metric definition (polarity, frequency, disaggregation) or the served date:
 * the trend (consecutive latest periods moving in the good direction), the periods that ended without a value and the
 * disparity gaps.
 */
final class MetricPeriods {
    private MetricPeriods() {
    }

    static void apply(ParticipantProgress view, RegionalTallies cohort, LocalDate on) {
        if (cohort == null) {
            return;
        }
        view.metrics.forEach((metricId, series) -> {
            MetricTally.Definition definition = cohort.metrics.definitions.get(metricId);
            if (definition == null) {
                return;
            }
            series.trend = trend(series.observations, !"LOWER_IS_BETTER".equals(definition.polarity()));
            series.periodsMissing = series.baseline == null ? null
                    : missing(series.observations, series.baseline.period(), definition.frequency(), on);
            series.disparities = series.groups.isEmpty() ? null : DisparityGaps.of(series.groups,
                    series.baseline == null ? null : series.baseline.period(), definition.disaggregations());
        });
    }

    /** How many of the latest consecutive period-to-period steps moved in the good direction. */
    static int trend(Map<String, BigDecimal> observations, boolean higherIsBetter) {
        List<BigDecimal> values = new ArrayList<>(observations.values());
        int steps = 0;
        for (int i = values.size() - 1; i > 0; i--) {
            int direction = values.get(i).compareTo(values.get(i - 1));
            if (higherIsBetter ? direction > 0 : direction < 0) {
                steps++;
            } else {
                break;
            }
        }
        return steps;
    }

    /** Periods from the baseline's to the last one that ended before {@code on}, without a value. */
    static List<String> missing(Map<String, BigDecimal> observations, String from, String frequency, LocalDate on) {
        List<String> missing = new ArrayList<>();
        LocalDate start = startOf(from, frequency);
        for (LocalDate p = start; !end(p, frequency).isAfter(on.minusDays(1)); p = next(p, frequency)) {
            String period = label(p, frequency);
            if (!observations.containsKey(period)) {
                missing.add(period);
            }
        }
        return missing;
    }

    private static LocalDate startOf(String period, String frequency) {
        switch (frequency) {
            case "QUARTER":
                return LocalDate.of(Integer.parseInt(period.substring(0, 4)),
                        (Integer.parseInt(period.substring(6)) - 1) * 3 + 1, 1);
            case "MONTH":
                return LocalDate.parse(period + "-01");
            default:
                return LocalDate.of(Integer.parseInt(period), 1, 1);
        }
    }

    private static LocalDate next(LocalDate start, String frequency) {
        switch (frequency) {
            case "QUARTER":
                return start.plusMonths(3);
            case "MONTH":
                return start.plusMonths(1);
            default:
                return start.plusYears(1);
        }
    }

    private static LocalDate end(LocalDate start, String frequency) {
        return next(start, frequency).minusDays(1);
    }

    private static String label(LocalDate start, String frequency) {
        switch (frequency) {
            case "QUARTER":
                return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case "MONTH":
                return start.toString().substring(0, 7);
            default:
                return String.valueOf(start.getYear());
        }
    }
}
