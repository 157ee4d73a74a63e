package org.equityaccelerator.command.participant;

import org.equityaccelerator.command.cohort.MetricRule;
import org.equityaccelerator.command.participant.MetricCommands.GroupReading;
import org.equityaccelerator.command.participant.MetricCommands.Reading;
import org.equityaccelerator.command.rules.InvalidInput;
import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-group values of a disaggregated reading, checked against what the metric's adoption declares: declared
 * dimensions and groups only, each once, each dimension with its reference group (a gap needs it), each value valid
 * for the metric's unit, and each with its cell count. Refusals name the group's field, e.g. {@code groups[1].group}.
 */
final class GroupReadings {
    private GroupReadings() {
    }

    static List<GroupValue> valuesOf(MetricRule rule, Reading reading) {
        List<GroupReading> groups = reading.groups();
        if (!groups.isEmpty() && rule.dimensions().isEmpty()) {
            throw new InvalidInput("groups", "the metric is not disaggregated: its adoption declares no dimensions");
        }
        Set<String> seen = new HashSet<>();
        List<GroupValue> values = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupReading g = groups.get(i);
            String field = "groups[" + i + "]";
            Disaggregation dimension = rule.dimension(g.dimension()).orElseThrow(() -> new InvalidInput(
                    field + ".dimension", "the metric declares no dimension " + g.dimension() + "; it declares "
                    + rule.dimensions().stream().map(Disaggregation::dimension).toList()));
            if (!dimension.groups().contains(g.group())) {
                throw new InvalidInput(field + ".group", g.dimension() + " has no group " + g.group() + "; it has "
                        + dimension.groups());
            }
            if (!seen.add(g.dimension() + "/" + g.group())) {
                throw new InvalidInput(field + ".group", g.dimension() + "/" + g.group() + " is reported twice");
            }
            BigDecimal value = unitValue(rule, g, field);
            values.add(new GroupValue(g.dimension(), g.group(), value, g.numerator(), g.denominator(),
                    cellCount(rule, g, value, field)));
        }
        for (Disaggregation dimension : rule.dimensions()) {
            boolean reported = values.stream().anyMatch(v -> v.dimension().equals(dimension.dimension()));
            if (reported && !seen.contains(dimension.dimension() + "/" + dimension.referenceGroup())) {
                throw new InvalidInput("groups", dimension.dimension() + " is reported without its reference group "
                        + dimension.referenceGroup() + ": the gaps are measured against it");
            }
        }
        return values;
    }

    /** The unit rules of a total apply to each group; a refusal names the group's field. */
    private static BigDecimal unitValue(MetricRule rule, GroupReading g, String field) {
        try {
            return MetricReadings.unitValue(rule, new Reading(g.value(), g.numerator(), g.denominator()));
        } catch (InvalidInput e) {
            throw new InvalidInput(field + "." + e.field(), g.dimension() + "/" + g.group() + ": " + e.getMessage());
        }
    }

    /**
     * How many people or records the value stands for: as given, else the denominator of a ratio or the value of a
     * count when that is a whole number (a denominator in dollars is not a cell count: give {@code count} then).
     */
    private static Long cellCount(MetricRule rule, GroupReading g, BigDecimal value, String field) {
        if (g.count() != null) {
            if (g.count() < 0) {
                throw new InvalidInput(field + ".count", "a cell count cannot be negative");
            }
            return g.count();
        }
        BigDecimal implied = rule.ratio() ? g.denominator() : "COUNT".equals(rule.unit()) ? value : null;
        if (implied == null || implied.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput(field + ".count", "give the cell count of " + g.dimension() + "/" + g.group()
                    + ": how many people or records its value stands for (small cells are suppressed regionally)");
        }
        return implied.longValueExact();
    }
}
