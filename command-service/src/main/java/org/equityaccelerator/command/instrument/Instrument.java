package org.equityaccelerator.command.instrument;

import org.equityaccelerator.command.rules.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A published instrument version as assessments need it: its items, its scale and the rule that scores them. Scoring
 * lives here, pure, so that the scores frozen in {@code AssessmentCompleted} depend on nothing but this version and
 * the answers.
 */
public record Instrument(String instrumentId, String version, Map<String, String> domains, Map<String, Item> items,
                         List<Level> scale, ScoringRule rule, String ruleLevelCode) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Instrument {
        domains = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(domains));
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        scale = List.copyOf(scale);
    }

    public record Item(String key, String domainKey, boolean required, BigDecimal weight, boolean naAllowed) {
    }

    public record Level(String code, String label, BigDecimal value) {
    }

    /** An answer: a level code, or null for "not applicable". */
    public record Answer(String levelCode) {
        public static final Answer NOT_APPLICABLE = new Answer(null);

        public boolean notApplicable() {
            return levelCode == null;
        }
    }

    public record Scores(Map<String, BigDecimal> domainScores, BigDecimal overallScore, String stage, int answered,
                         int notApplicable, Map<String, BigDecimal> itemLevels) {
    }

    public Item item(String itemKey, String field) {
        Item item = items.get(itemKey);
        if (item == null) {
            throw new RuleViolation(field, "instrument " + instrumentId + "@" + version + " has no item '" + itemKey + "'");
        }
        return item;
    }

    /** Checks an answer against the item and the scale; returns the level's rank (0 = lowest), null for N/A. */
    public Integer rankOf(Item item, Answer answer, String field) {
        if (answer.notApplicable()) {
            if (!item.naAllowed()) {
                throw new RuleViolation(field, "item '" + item.key() + "' does not allow 'not applicable'");
            }
            return null;
        }
        for (int rank = 0; rank < scale.size(); rank++) {
            if (scale.get(rank).code().equals(answer.levelCode())) {
                return rank;
            }
        }
        throw new RuleViolation(field, "level '" + answer.levelCode() + "' is not on the scale of " + instrumentId
                + "@" + version + " (levels " + scale.stream().map(Level::code).toList() + ")");
    }

    public List<String> missingRequired(Map<String, Answer> answers) {
        return items.values().stream().filter(i -> i.required() && !answers.containsKey(i.key()))
                .map(Item::key).toList();
    }

    public int requiredCount() {
        return (int) items.values().stream().filter(Item::required).count();
    }

    public Scores score(Map<String, Answer> answers) {
        Map<String, BigDecimal> itemLevels = new TreeMap<>();
        Map<String, List<Item>> answeredByDomain = new LinkedHashMap<>();
        int notApplicable = 0;
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            Item item = items.get(entry.getKey());
            if (entry.getValue().notApplicable()) {
                notApplicable++;
                continue;
            }
            itemLevels.put(item.key(), level(entry.getValue().levelCode()).value());
            answeredByDomain.computeIfAbsent(item.domainKey(), d -> new ArrayList<>()).add(item);
        }
        Map<String, BigDecimal> domainScores = new TreeMap<>();
        for (String domain : domains.keySet()) {
            List<Item> answered = answeredByDomain.get(domain);
            if (answered != null) {
                domainScores.put(domain, score(answered, itemLevels));
            }
        }
        List<Item> all = answeredByDomain.values().stream().flatMap(List::stream).toList();
        BigDecimal overall = overall(domainScores, all, itemLevels);
        return new Scores(domainScores, overall, stageOf(overall), itemLevels.size(), notApplicable, itemLevels);
    }

    private BigDecimal score(List<Item> answered, Map<String, BigDecimal> levels) {
        switch (rule) {
            case MEAN_OF_ITEMS: {
                BigDecimal weighted = BigDecimal.ZERO;
                BigDecimal weights = BigDecimal.ZERO;
                for (Item item : answered) {
                    weighted = weighted.add(levels.get(item.key()).multiply(item.weight()));
                    weights = weights.add(item.weight());
                }
                return weighted.divide(weights, 2, RoundingMode.HALF_UP);
            }
            case PERCENT_AT_OR_ABOVE_LEVEL: {
                BigDecimal threshold = level(ruleLevelCode).value();
                BigDecimal at = BigDecimal.ZERO;
                BigDecimal weights = BigDecimal.ZERO;
                for (Item item : answered) {
                    if (levels.get(item.key()).compareTo(threshold) >= 0) {
                        at = at.add(item.weight());
                    }
                    weights = weights.add(item.weight());
                }
                return at.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
            }
            default:
                return answered.stream().map(i -> levels.get(i.key())).min(Comparator.naturalOrder()).orElseThrow()
                        .setScale(2, RoundingMode.HALF_UP);
        }
    }

    private BigDecimal overall(Map<String, BigDecimal> domainScores, List<Item> answered,
                               Map<String, BigDecimal> levels) {
        if (domainScores.isEmpty()) {
            return null;
        }
        switch (rule) {
            case MEAN_OF_ITEMS:
                return domainScores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(domainScores.size()), 2, RoundingMode.HALF_UP);
            case PERCENT_AT_OR_ABOVE_LEVEL:
                return score(answered, levels);
            default:
                return domainScores.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** The label of the highest level the overall score has reached; percentages have no stage. */
    private String stageOf(BigDecimal overall) {
        if (overall == null || rule == ScoringRule.PERCENT_AT_OR_ABOVE_LEVEL) {
            return null;
        }
        String stage = null;
        for (Level level : scale) {
            if (overall.compareTo(level.value()) >= 0) {
                stage = level.label();
            }
        }
        return stage;
    }

    public Level level(String code) {
        return findLevel(code).orElseThrow(() -> new IllegalStateException("no level " + code));
    }

    Optional<Level> findLevel(String code) {
        return scale.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
