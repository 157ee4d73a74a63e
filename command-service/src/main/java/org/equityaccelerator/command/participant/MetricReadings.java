package org.equityaccelerator.command.participant;

import org.equityaccelerator.command.cohort.MetricRule;
import org.equityaccelerator.command.participant.MetricCommands.Reading;
import org.equityaccelerator.command.rules.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unit validity of a reading (domain research 5.3 J), and its value in the metric's unit. */
final class MetricReadings {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricReadings() {
    }

    static BigDecimal valueOf(MetricRule rule, Reading reading, String period) {
        if (!rule.validPeriod(period)) {
            throw new RuleViolation("period", "period '" + period + "' does not match the metric's "
                    + rule.frequency() + " reporting (e.g. 2023-Q2, 2023-07, 2023)");
        }
        if (rule.ratio()) {
            if (reading.numerator() == null || reading.denominator() == null) {
                throw new RuleViolation("numerator", "a pooled-ratio metric is reported as numerator and denominator");
            }
            if (reading.numerator().signum() < 0 || reading.denominator().signum() <= 0) {
                throw new RuleViolation("denominator", "numerator must be >= 0 and denominator > 0");
            }
            if (rule.unit().equals("PERCENT") && reading.numerator().compareTo(reading.denominator()) > 0) {
                throw new RuleViolation("numerator", "numerator must not exceed denominator for a percentage");
            }
            BigDecimal ratio = reading.numerator().divide(reading.denominator(), 6, RoundingMode.HALF_UP);
            return (rule.unit().equals("PERCENT") ? ratio.multiply(HUNDRED) : ratio).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal value = reading.value();
        if (value == null) {
            throw new RuleViolation("value", "a value is required");
        }
        if (value.signum() < 0) {
            throw new RuleViolation("value", rule.unit() + " values cannot be negative");
        }
        if (rule.unit().equals("PERCENT") && value.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("value", "a percentage is between 0 and 100");
        }
        if (rule.unit().equals("COUNT") && value.stripTrailingZeros().scale() > 0) {
            throw new RuleViolation("value", "a count is a whole number");
        }
        return value;
    }
}
