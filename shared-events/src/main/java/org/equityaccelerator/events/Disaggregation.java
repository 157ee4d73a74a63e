package org.equityaccelerator.events;

import java.util.List;

/**
 * A disaggregation dimension declared by a metric adoption (e.g. RACE_ETHNICITY, LANGUAGE, PLACE): the group codes a
 * value may be reported for, and the reference group each other group's disparity gap is measured against. Codes, not
 * labels: a group names a population, never a person.
 */
public record Disaggregation(String dimension, List<String> groups, String referenceGroup) {
    public Disaggregation {
        groups = List.copyOf(groups);
    }
}
