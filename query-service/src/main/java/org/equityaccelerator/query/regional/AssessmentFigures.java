package org.equityaccelerator.query.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Regional assessment figures derived from the participants' scores: coverage, medians per domain, the distribution
 * by level reached and the lowest-scoring items, each suppressed below the cohort's minimum reporting participants.
 */
final class AssessmentFigures {
    private AssessmentFigures() {
    }

    static void publish(RegionalProgress v, AssessmentTally tally, int minimum) {
        v.assessmentsCompleted = tally.completed;
        v.assessmentsByAdministration = new TreeMap<>(tally.completedByAdministration);
        v.instruments = new TreeMap<>(tally.instruments);
        v.participantsWithBaseline = (int) tally.scores.values().stream().filter(s -> s.hasBaseline).count();
        v.participantsWithFollowUp = (int) tally.scores.values().stream().filter(s -> s.latestOn != null).count();
        v.lowestItems = lowestItems(tally, minimum);
        v.assessmentDomains = domains(tally, minimum);
    }

    /** Medians per domain over the participants that reported; suppressed below the cohort's minimum. */
    private static TreeMap<String, RegionalProgress.DomainSummary> domains(AssessmentTally tally, int minimum) {
        Map<String, List<BigDecimal>> baseline = new TreeMap<>();
        Map<String, List<BigDecimal>> latest = new TreeMap<>();
        Map<String, List<BigDecimal>> change = new TreeMap<>();
        for (AssessmentTally.Scores s : tally.scores.values()) {
            s.baseline.forEach((d, score) -> baseline.computeIfAbsent(d, k -> new ArrayList<>()).add(score));
            s.latest.forEach((d, score) -> {
                latest.computeIfAbsent(d, k -> new ArrayList<>()).add(score);
                BigDecimal before = s.baseline.get(d);
                if (before != null) {
                    change.computeIfAbsent(d, k -> new ArrayList<>()).add(score.subtract(before));
                }
            });
        }
        TreeMap<String, RegionalProgress.DomainSummary> domains = new TreeMap<>();
        Set<String> names = new TreeSet<>(baseline.keySet());
        names.addAll(latest.keySet());
        for (String domain : names) {
            List<BigDecimal> b = baseline.getOrDefault(domain, List.of());
            List<BigDecimal> l = latest.getOrDefault(domain, List.of());
            List<BigDecimal> c = change.getOrDefault(domain, List.of());
            boolean suppressed = b.size() < minimum;
            boolean followUpSuppressed = l.size() < minimum;
            domains.put(domain, new RegionalProgress.DomainSummary(b.size(), suppressed ? null : Median.of(b),
                    suppressed, l.size(), followUpSuppressed ? null : Median.of(l),
                    followUpSuppressed || c.size() < minimum ? null : Median.of(c), followUpSuppressed,
                    stageDistribution(tally, domain, minimum)));
        }
        return domains;
    }

    /**
     * Participants by the whole number their latest score of the domain reached (the latest follow-up, else the
     * baseline): the level for scales valued 0, 1, 2... as the Foundational Practices scale; for level-valued rules
     * only (mean of items, gated stage; percentages have no level). Null below the minimum.
     */
    private static TreeMap<String, Integer> stageDistribution(AssessmentTally tally, String domain, int minimum) {
        TreeMap<String, Integer> stages = new TreeMap<>();
        int counted = 0;
        for (AssessmentTally.Scores s : tally.scores.values()) {
            BigDecimal score = s.latest.getOrDefault(domain, s.baseline.get(domain));
            if (score == null || "PERCENT_AT_OR_ABOVE_LEVEL".equals(s.scoringRule)) {
                continue;
            }
            stages.merge(score.setScale(0, RoundingMode.FLOOR).toPlainString(), 1, Integer::sum);
            counted++;
        }
        return counted < minimum ? null : stages;
    }

    /**
     * The three items with the lowest mean level over the participants' latest completed assessments; an item
     * answered by fewer participants than the cohort's minimum is left out (its mean could identify one of them).
     */
    private static List<RegionalProgress.ItemLevel> lowestItems(AssessmentTally tally, int minimum) {
        Map<String, List<BigDecimal>> levels = new TreeMap<>();
        for (AssessmentTally.Scores s : tally.scores.values()) {
            s.latestItemLevels.forEach((item, level) -> levels.computeIfAbsent(item, k -> new ArrayList<>()).add(level));
        }
        return levels.entrySet().stream().filter(e -> e.getValue().size() >= minimum)
                .map(e -> new RegionalProgress.ItemLevel(e.getKey(), e.getValue().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(e.getValue().size()), 2, RoundingMode.HALF_UP),
                        e.getValue().size()))
                .sorted(Comparator.comparing(RegionalProgress.ItemLevel::meanLevel)
                        .thenComparing(RegionalProgress.ItemLevel::itemKey))
                .limit(3).toList();
    }
}
