package org.equityaccelerator.command.cohort;

import org.equityaccelerator.command.rules.InvalidInput;
import org.equityaccelerator.events.Disaggregation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The disaggregation dimensions a metric adoption declares. Each names its groups (at least two: a gap needs
 * something to compare with) and a reference group among them; a dimension is declared once.
 */
final class MetricDimensions {
    private MetricDimensions() {
    }

    static List<Disaggregation> declared(List<AdoptMetricCommand.Dimension> dimensions) {
        if (dimensions == null) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < dimensions.size(); i++) {
            AdoptMetricCommand.Dimension d = dimensions.get(i);
            String field = "disaggregations[" + i + "]";
            if (!names.add(d.dimension())) {
                throw new InvalidInput(field + ".dimension", "dimension " + d.dimension() + " is declared twice");
            }
            if (d.groups().size() < 2 || new HashSet<>(d.groups()).size() != d.groups().size()) {
                throw new InvalidInput(field + ".groups", "dimension " + d.dimension()
                        + " needs at least two distinct groups, each named once");
            }
            if (!d.groups().contains(d.referenceGroup())) {
                throw new InvalidInput(field + ".referenceGroup", "the reference group " + d.referenceGroup()
                        + " is not one of the groups of " + d.dimension() + " " + d.groups());
            }
        }
        return dimensions.stream().map(d -> new Disaggregation(d.dimension(), d.groups(), d.referenceGroup())).toList();
    }
}
