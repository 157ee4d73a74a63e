package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Disparity gaps of a participant's disaggregated series: the reference group of each dimension is declared by the
 * cohort's adoption of the metric, so the gaps are derived when the view is served, from the cohort's definition of
 * the same moment (as {@link MetricPeriods} does for polarity and frequency). Pure: no clock, no lookups.
 */
public final class DisparityGaps {
    private DisparityGaps() {
    }

    /** Per declared group reported in the latest disaggregated period; empty when nothing was disaggregated. */
    public static List<ParticipantProgress.Disparity> of(NavigableMap<String, List<GroupValue>> groups,
                                                         String baselinePeriod, List<Disaggregation> dimensions) {
        List<ParticipantProgress.Disparity> disparities = new ArrayList<>();
        if (groups.isEmpty() || dimensions == null) {
            return disparities;
        }
        String latest = groups.lastKey();
        List<GroupValue> now = groups.get(latest);
        List<GroupValue> then = baselinePeriod == null ? List.of() : groups.getOrDefault(baselinePeriod, List.of());
        for (Disaggregation dimension : dimensions) {
            for (String group : dimension.groups()) {
                Optional<GroupValue> cell = cell(now, dimension.dimension(), group);
                if (cell.isEmpty()) {
                    continue;
                }
                boolean reference = group.equals(dimension.referenceGroup());
                BigDecimal gap = reference ? null : gap(now, dimension, group);
                BigDecimal baselineGap = reference || then.isEmpty() ? null : gap(then, dimension, group);
                Boolean narrowed = gap == null || baselineGap == null || latest.equals(baselinePeriod) ? null
                        : gap.abs().compareTo(baselineGap.abs()) < 0;
                disparities.add(new ParticipantProgress.Disparity(dimension.dimension(), group, reference, latest,
                        cell.get().value(), cell.get().count(), gap, then.isEmpty() ? null : baselinePeriod,
                        baselineGap, narrowed));
            }
        }
        return disparities;
    }

    /** Group minus reference group in the same period; null when either was not reported. */
    static BigDecimal gap(List<GroupValue> cells, Disaggregation dimension, String group) {
        Optional<GroupValue> value = cell(cells, dimension.dimension(), group);
        Optional<GroupValue> reference = cell(cells, dimension.dimension(), dimension.referenceGroup());
        if (value.isEmpty() || reference.isEmpty()) {
            return null;
        }
        return value.get().value().subtract(reference.get().value()).setScale(2, RoundingMode.HALF_UP);
    }

    private static Optional<GroupValue> cell(List<GroupValue> cells, String dimension, String group) {
        return cells.stream().filter(c -> c.dimension().equals(dimension) && c.group().equals(group)).findFirst();
    }
}
