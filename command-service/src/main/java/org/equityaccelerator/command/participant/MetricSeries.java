package org.equityaccelerator.command.participant;

import org.equityaccelerator.events.GroupValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the participant aggregate remembers of one metric series. */
final class MetricSeries {
    String baselinePeriod;
    /** period -> id of the event holding the current value (a correction supersedes it). */
    final Map<String, String> currentEvent = new HashMap<>();
    final Map<String, BigDecimal> currentValue = new HashMap<>();
    /** period -> who reported its current value (the actor of that event). */
    final Map<String, String> reporter = new HashMap<>();
    /** period -> SUBMITTED, APPROVED or RETURNED; absent while being drafted. */
    final Map<String, String> review = new HashMap<>();

    /** period -> the current per-group values (empty when the metric is not disaggregated). */
    final Map<String, List<GroupValue>> groups = new HashMap<>();

    void groups(String period, List<GroupValue> values) {
        groups.put(period, values);
    }

    List<GroupValue> groupsOf(String period) {
        return groups.getOrDefault(period, List.of());
    }

    /** A new or corrected value starts its review again. */
    void current(String period, String eventId, BigDecimal value, String actor) {
        currentEvent.put(period, eventId);
        currentValue.put(period, value);
        if (actor != null) {
            reporter.put(period, actor);
        } else {
            reporter.remove(period);
        }
        review.remove(period);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSeries m && Objects.equals(baselinePeriod, m.baselinePeriod)
                && currentEvent.equals(m.currentEvent) && currentValue.equals(m.currentValue)
                && reporter.equals(m.reporter) && review.equals(m.review) && groups.equals(m.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baselinePeriod, currentEvent, currentValue, reporter, review, groups);
    }
}
