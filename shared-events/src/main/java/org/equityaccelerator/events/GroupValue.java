package org.equityaccelerator.events;

import java.math.BigDecimal;

/**
 * One group's value of a disaggregated reading, in the metric's unit ({@code numerator}/{@code denominator} for ratio
 * metrics, then value = num/den). {@code count} is the cell size: how many people or records stand behind the value;
 * regional figures and exports suppress a cell whose count is below the cohort's {@code minCellCount}.
 */
public record GroupValue(String dimension, String group, BigDecimal value, BigDecimal numerator,
                         BigDecimal denominator, Long count) {
}
