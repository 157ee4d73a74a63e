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

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSeries m && Objects.equals(baselinePeriod, m.baselinePeriod)
                && currentEvent.equals(m.currentEvent) && currentValue.equals(m.currentValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baselinePeriod, currentEvent, currentValue);
    }
}
