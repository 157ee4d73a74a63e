package org.equityaccelerator.command.cohort;

import org.equityaccelerator.events.Disaggregation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * How a cohort's adopted metric is reported and rolled up, as participants' commands need to check it, with the
 * dimensions (groups, reference group) its values may be disaggregated by.
 */
public record MetricRule(String unit, String frequency, String aggregation, List<Disaggregation> dimensions) {
    public MetricRule {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public MetricRule(String unit, String frequency, String aggregation) {
        this(unit, frequency, aggregation, List.of());
    }

    /** The declared dimension of that name, if any. */
    public Optional<Disaggregation> dimension(String name) {
        return dimensions.stream().filter(d -> d.dimension().equals(name)).findFirst();
    }

    public boolean ratio() {
        return aggregation.equals("POOLED_RATIO");
    }

    /** The period format of the reporting frequency: 2023-Q2, 2023-07 or 2023. */
    public boolean validPeriod(String period) {
        return switch (frequency) {
            case "QUARTER" -> period.matches("\\d{4}-Q[1-4]");
            case "MONTH" -> period.matches("\\d{4}-(0[1-9]|1[0-2])");
            default -> period.matches("\\d{4}");
        };
    }

    /** The last day of a {@linkplain #validPeriod valid} period: 2023-Q2 -> 2023-06-30, 2023-07 -> 07-31, 2023 -> 12-31. */
    public LocalDate periodEnd(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        YearMonth last = switch (frequency) {
            case "QUARTER" -> YearMonth.of(year, Integer.parseInt(period.substring(6)) * 3);
            case "MONTH" -> YearMonth.of(year, Integer.parseInt(period.substring(5)));
            default -> YearMonth.of(year, 12);
        };
        return last.atEndOfMonth();
    }
}
