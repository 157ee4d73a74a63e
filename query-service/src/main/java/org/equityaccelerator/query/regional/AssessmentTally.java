package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** Instruments the cohort adopted and, per participant, its baseline and latest follow-up scores. */
public class AssessmentTally {
    /** instrumentId@version -> administrations. */
    public TreeMap<String, List<String>> instruments = new TreeMap<>();
    /** First completions (a re-completion after a reopen replaces the scores only). */
    public int completed;
    public TreeMap<String, Integer> completedByAdministration = new TreeMap<>();
    /** participantId -> its scores (internal: only medians over enough participants are published). */
    public TreeMap<String, Scores> scores = new TreeMap<>();

    public static class Scores {
        public int completed;
        public boolean hasBaseline;
        /** Scoring rule of the latest completed assessment. */
        public String scoringRule;
        public TreeMap<String, BigDecimal> baseline = new TreeMap<>();
        public TreeMap<String, BigDecimal> latest = new TreeMap<>();
        /** Completion date of the latest follow-up; null before one. */
        public LocalDate latestOn;
        /** Item levels of the latest completed assessment. */
        public TreeMap<String, BigDecimal> latestItemLevels = new TreeMap<>();
    }

    static boolean appliesTo(Object data) {
        return data instanceof InstrumentAdoptedForCohort || data instanceof AssessmentCompleted;
    }

    void apply(Object data) {
        if (data instanceof InstrumentAdoptedForCohort e) {
            instruments.put(e.instrumentId() + "@" + e.version(), e.administrations());
            return;
        }
        AssessmentCompleted e = (AssessmentCompleted) data;
        Scores s = scores.computeIfAbsent(e.participantId(), id -> new Scores());
        if (e.revision() == 1) {
            s.completed++;
            completed++;
            completedByAdministration.merge(e.administration(), 1, Integer::sum);
        }
        TreeMap<String, BigDecimal> items = e.itemLevels() == null ? new TreeMap<>() : new TreeMap<>(e.itemLevels());
        s.scoringRule = e.scoringRule();
        if (e.administration().equals("BASELINE")) {
            s.baseline = new TreeMap<>(e.domainScores());
            s.hasBaseline = true;
            if (s.latestOn == null) {
                s.latestItemLevels = items;
            }
        } else if (s.latestOn == null || !e.occurredOn().isBefore(s.latestOn)) {
            s.latest = new TreeMap<>(e.domainScores());
            s.latestItemLevels = items;
            s.latestOn = e.occurredOn();
        }
    }

    Scores of(String participantId) {
        return scores.getOrDefault(participantId, new Scores());
    }
}
