package org.equityaccelerator.command.participant;

import org.equityaccelerator.command.cohort.MetricRule;
import org.equityaccelerator.command.participant.MetricCommands.Reading;
import org.equityaccelerator.command.rules.InvalidInput;
import org.equityaccelerator.command.rules.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Unit validity of a reading (domain research 5.3 J), and its value in the metric's unit. A value outside its unit's
 * range can never be right (400); a period that has not ended yet is refused as a conflict with the calendar (409):
 * accepted, 2099-Q1 would become the region's latest period and blank the regional value.
 */
final class MetricReadings {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricReadings() {
    }

    /** The value of a baseline, observation or correction of {@code period}, reported on {@code occurredOn}. */
    static BigDecimal valueOf(MetricRule rule, Reading reading, String period, LocalDate occurredOn) {
        if (!rule.validPeriod(period)) {
            throw new RuleViolation("period", "period '" + period + "' does not match the metric's "
                    + rule.frequency() + " reporting (e.g. 2023-Q2, 2023-07, 2023)");
        }
        LocalDate end = rule.periodEnd(period);
        if (end.isAfter(occurredOn)) {
            throw new RuleViolation("period", "period " + period + " ends on " + end + ", after occurredOn "
                    + occurredOn + ": a value is reported once its period has ended");
        }
        return unitValue(rule, reading);
    }

    /** The value of a reading whose period is already checked (e.g. one group's of a disaggregated reading). */
    static BigDecimal unitValue(MetricRule rule, Reading reading) {
        if (rule.ratio()) {
            return ratioValue(rule, reading);
        }
        return requireInRange(rule, reading.value(), "value");
    }

    /** A value in the metric's unit (a reading or a target): present, not negative, a percentage at most 100. */
    static BigDecimal requireInRange(MetricRule rule, BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "a value is required");
        }
        if (value.signum() < 0) {
            throw new InvalidInput(field, rule.unit() + " values cannot be negative");
        }
        if (rule.unit().equals("PERCENT") && value.compareTo(HUNDRED) > 0) {
            throw new InvalidInput(field, "a percentage is between 0 and 100");
        }
        if (rule.unit().equals("COUNT") && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput(field, "a count is a whole number");
        }
        return value;
    }

    private static BigDecimal ratioValue(MetricRule rule, Reading reading) {
        if (reading.numerator() == null || reading.denominator() == null) {
            throw new InvalidInput("numerator", "a pooled-ratio metric is reported as numerator and denominator");
        }
        if (reading.numerator().signum() < 0) {
            throw new InvalidInput("numerator", "numerator must be >= 0");
        }
        if (reading.denominator().signum() <= 0) {
            throw new InvalidInput("denominator", "denominator must be > 0");
        }
        if (rule.unit().equals("PERCENT") && reading.numerator().compareTo(reading.denominator()) > 0) {
            throw new InvalidInput("numerator", "numerator must not exceed denominator for a percentage");
        }
        BigDecimal ratio = reading.numerator().divide(reading.denominator(), 6, RoundingMode.HALF_UP);
        return (rule.unit().equals("PERCENT") ? ratio.multiply(HUNDRED) : ratio).setScale(2, RoundingMode.HALF_UP);
    }
}
