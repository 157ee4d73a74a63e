package org.equityaccelerator.command.cohort;

/** How a cohort's adopted metric is reported and rolled up, as participants' commands need to check it. */
public record MetricRule(String unit, String frequency, String aggregation) {
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
}
