package org.equityaccelerator.command.participant;

import java.math.BigDecimal;
import java.util.HashMap;
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
                && reporter.equals(m.reporter) && review.equals(m.review);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baselinePeriod, currentEvent, currentValue, reporter, review);
    }
}
