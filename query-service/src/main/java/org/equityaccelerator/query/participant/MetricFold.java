package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricEvent;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationApproved;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.events.MetricObservationReturned;
import org.equityaccelerator.events.MetricObservationSubmitted;
import org.equityaccelerator.events.MetricTargetSet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeMap;

/** The metrics block of the participant view: per series baseline, target, latest, % of target, change. */
final class MetricFold {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricFold() {
    }

    static boolean appliesTo(Object data) {
        return data instanceof MetricEvent;
    }

    static void apply(TreeMap<String, ParticipantProgress.MetricSeries> metrics, Object data) {
        MetricEvent event = (MetricEvent) data;
        ParticipantProgress.MetricSeries series =
                metrics.computeIfAbsent(event.metricId(), id -> new ParticipantProgress.MetricSeries());
        if (data instanceof MetricObservationSubmitted e) {
            series.review.put(e.period(), "SUBMITTED");
        } else if (data instanceof MetricObservationApproved e) {
            series.review.put(e.period(), "APPROVED");
        } else if (data instanceof MetricObservationReturned e) {
            series.review.put(e.period(), "RETURNED");
        } else if (data instanceof MetricBaselineSet e) {
            series.review.remove(e.period());
            series.baseline = new ParticipantProgress.Reading(e.period(), e.value());
            series.observations.put(e.period(), e.value()); // the baseline is the value of its period
            groups(series, e.period(), e.groups());
        } else if (data instanceof MetricTargetSet e) {
            series.target = new ParticipantProgress.Reading(e.byPeriod(), e.value());
        } else if (data instanceof MetricObservationRecorded e) {
            series.observations.put(e.period(), e.value());
            series.review.remove(e.period());
            groups(series, e.period(), e.groups());
        } else if (data instanceof MetricObservationCorrected e) {
            series.observations.put(e.period(), e.value());
            series.review.remove(e.period()); // a corrected value is reviewed again
            series.corrections++;
            groups(series, e.period(), e.groups()); // a correction states the period's groups as they now stand
            if (series.baseline != null && series.baseline.period().equals(e.period())) {
                series.baseline = new ParticipantProgress.Reading(e.period(), e.value());
            }
        }
        derive(series);
    }

    private static void groups(ParticipantProgress.MetricSeries series, String period, List<GroupValue> values) {
        if (values.isEmpty()) {
            series.groups.remove(period);
        } else {
            series.groups.put(period, values);
        }
    }

    /** Values submitted and waiting for a reviewer, over all series. */
    static int pendingApprovals(TreeMap<String, ParticipantProgress.MetricSeries> metrics) {
        int pending = 0;
        for (ParticipantProgress.MetricSeries series : metrics.values()) {
            pending += (int) series.review.values().stream().filter("SUBMITTED"::equals).count();
        }
        return pending;
    }

    private static void derive(ParticipantProgress.MetricSeries series) {
        series.latest = series.observations.isEmpty() ? null
                : new ParticipantProgress.Reading(series.observations.lastKey(), series.observations.lastEntry().getValue());
        series.changeVsBaseline = null;
        series.changeVsBaselinePct = null;
        series.percentOfTarget = null;
        if (series.latest == null || series.baseline == null) {
            return;
        }
        BigDecimal base = series.baseline.value();
        BigDecimal change = series.latest.value().subtract(base);
        series.changeVsBaseline = change.setScale(2, RoundingMode.HALF_UP);
        if (base.signum() != 0) {
            series.changeVsBaselinePct = change.multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
        }
        if (series.target != null && series.target.value().compareTo(base) != 0) {
            // (latest - baseline) / (target - baseline), clipped to 0..100: works for either polarity
            BigDecimal pct = change.multiply(HUNDRED).divide(series.target.value().subtract(base), 0, RoundingMode.HALF_UP);
            series.percentOfTarget = pct.max(BigDecimal.ZERO).min(HUNDRED).intValue();
        }
    }
}
