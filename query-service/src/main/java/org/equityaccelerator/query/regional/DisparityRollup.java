package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.query.participant.DisparityGaps;
import org.equityaccelerator.query.participant.ParticipantProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Regional figures of disaggregated metrics. A participant's cell below the cohort's minimum cell count is suppressed
 * everywhere here: it is not shown, takes no part in a roll-up (a median or a count against a threshold would show a
 * single cell's value) and no gap is judged on it; it is only counted, as suppressed. A regional group figure is also
 * suppressed when fewer participants than the cohort's minimum reported it.
 * <p>
 * Complementary suppression: a participant's period with a suppressed cell is withheld whole, from every group of
 * every dimension and from the overall figure ({@link MetricRollup}); its other cells are counted as suppressed too.
 * Without this, the overall total minus the published groups (SUM, COUNT), or the overall ratio with the groups'
 * counts (POOLED_RATIO), or another dimension's groups, would give the suppressed cell back. The cohort's count of
 * narrowed gaps adds only the metrics whose own count is published, so no suppressed metric's count is its difference.
 */
final class DisparityRollup {
    private DisparityRollup() {
    }

    static void publish(RegionalProgress v, MetricTally tally, int minParticipants, int minCell) {
        Improvement cohort = new Improvement();
        tally.definitions.forEach((metricId, definition) -> {
            if (definition.disaggregations().isEmpty()) {
                return;
            }
            Map<String, MetricTally.Series> series = tally.series.getOrDefault(metricId, new TreeMap<>());
            TreeMap<String, RegionalProgress.DimensionFigures> dimensions = new TreeMap<>();
            for (Disaggregation dimension : definition.disaggregations()) {
                dimensions.put(dimension.dimension(), dimension(definition, dimension, series, minParticipants,
                        minCell));
            }
            Improvement improvement = new Improvement();
            series.forEach((participantId, s) -> improvement.add(participantId, s, definition, minCell));
            RegionalProgress.GapsImproved published = improvement.published(minParticipants);
            if (!published.suppressed()) {
                cohort.add(improvement);
            }
            v.disparities.put(metricId, new RegionalProgress.MetricDisparities(definition.name(), dimensions,
                    published));
        });
        v.disparityGapsImproved = v.disparities.isEmpty() ? null : cohort.published(minParticipants);
    }

    private static RegionalProgress.DimensionFigures dimension(MetricTally.Definition definition,
                                                               Disaggregation dimension,
                                                               Map<String, MetricTally.Series> series,
                                                               int minParticipants, int minCell) {
        TreeMap<String, TreeMap<String, List<GroupValue>>> shown = new TreeMap<>();
        TreeMap<String, TreeMap<String, Integer>> suppressed = new TreeMap<>();
        for (MetricTally.Series s : series.values()) {
            s.groups.forEach((period, values) -> values.stream()
                    .filter(g -> g.dimension().equals(dimension.dimension())).forEach(g -> {
                        if (s.withheld(period, minCell)) {
                            suppressed.computeIfAbsent(period, p -> new TreeMap<>()).merge(g.group(), 1, Integer::sum);
                        } else {
                            shown.computeIfAbsent(period, p -> new TreeMap<>())
                                    .computeIfAbsent(g.group(), k -> new ArrayList<>()).add(g);
                        }
                    }));
        }
        Set<String> periods = new java.util.TreeSet<>(shown.keySet());
        periods.addAll(suppressed.keySet());
        TreeMap<String, TreeMap<String, RegionalProgress.GroupFigure>> figures = new TreeMap<>();
        for (String period : periods) {
            Map<String, List<GroupValue>> cells = shown.getOrDefault(period, new TreeMap<>());
            Map<String, Integer> small = suppressed.getOrDefault(period, new TreeMap<>());
            BigDecimal reference = value(definition, cells.get(dimension.referenceGroup()), minParticipants, minCell);
            TreeMap<String, RegionalProgress.GroupFigure> groups = new TreeMap<>();
            for (String group : dimension.groups()) {
                List<GroupValue> in = cells.getOrDefault(group, List.of());
                if (in.isEmpty() && !small.containsKey(group)) {
                    continue;
                }
                BigDecimal value = value(definition, in, minParticipants, minCell);
                boolean isReference = group.equals(dimension.referenceGroup());
                groups.put(group, new RegionalProgress.GroupFigure(in.size(), small.getOrDefault(group, 0),
                        value == null ? null : count(in), value,
                        isReference || value == null || reference == null ? null
                                : value.subtract(reference).setScale(2, RoundingMode.HALF_UP),
                        value == null));
            }
            figures.put(period, groups);
        }
        return new RegionalProgress.DimensionFigures(dimension.referenceGroup(), figures);
    }

    /** The group's roll-up over the cells shown; null when suppressed. */
    private static BigDecimal value(MetricTally.Definition definition, List<GroupValue> cells, int minParticipants,
                                    int minCell) {
        if (cells == null || cells.isEmpty() || cells.size() < minParticipants || count(cells) < minCell) {
            return null;
        }
        return MetricRollup.rollUp(definition, cells.stream()
                .map(g -> new MetricTally.Reading(g.value(), g.numerator(), g.denominator())).toList());
    }

    private static long count(List<GroupValue> cells) {
        return cells.stream().mapToLong(GroupValue::count).sum();
    }

    static boolean small(GroupValue cell, int minCell) {
        return cell.count() == null || cell.count() < minCell;
    }

    /** Indicators, assessed and improved, with the participants the assessed ones come from. */
    private static final class Improvement {
        int indicators;
        int assessed;
        int improved;
        final Set<String> participants = new HashSet<>();

        void add(String participantId, MetricTally.Series s, MetricTally.Definition definition, int minCell) {
            if (s.groups.isEmpty()) {
                return;
            }
            List<GroupValue> latest = s.groups.lastEntry().getValue();
            for (Disaggregation dimension : definition.disaggregations()) {
                indicators += (int) latest.stream().filter(g -> g.dimension().equals(dimension.dimension())
                        && !g.group().equals(dimension.referenceGroup())).count();
            }
            TreeMap<String, List<GroupValue>> visible = new TreeMap<>();
            s.groups.forEach((period, values) ->
                    visible.put(period, values.stream().filter(g -> !small(g, minCell)).toList()));
            for (ParticipantProgress.Disparity d : DisparityGaps.of(visible, s.baselinePeriod,
                    definition.disaggregations())) {
                if (d.narrowed() != null) {
                    assessed++;
                    improved += d.narrowed() ? 1 : 0;
                    participants.add(participantId);
                }
            }
        }

        void add(Improvement other) {
            indicators += other.indicators;
            assessed += other.assessed;
            improved += other.improved;
            participants.addAll(other.participants);
        }

        RegionalProgress.GapsImproved published(int minParticipants) {
            boolean suppressed = participants.size() < minParticipants;
            return new RegionalProgress.GapsImproved(suppressed ? null : indicators, suppressed ? null : assessed,
                    suppressed ? null : improved,
                    suppressed || assessed == 0 ? null : Math.round(100f * improved / assessed), suppressed);
        }
    }
}
