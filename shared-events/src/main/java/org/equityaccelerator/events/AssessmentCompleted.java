package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores are frozen at completion: the event carries the per-domain scores and the overall score computed by the
 * instrument version's scoring rule, so a later change of scoring never rewrites what was reported.
 * <p>
 * v1.1 (additive) adds {@code revision} (1 for the first completion, n+1 after a reopen; absent = 1),
 * {@code scoringRule}, {@code stage} (label of the level reached, where the rule defines one), {@code answeredCount},
 * {@code naCount}, {@code itemLevels} (item key -> level value of every answered item, N/A left out) and
 * {@code lateEntryReason} (why it was completed after the cohort closed; null otherwise).
 */
public record AssessmentCompleted(String participantId, String cohortId, String programId, String assessmentId,
                                  String instrumentId, String instrumentVersion, String administration,
                                  Map<String, BigDecimal> domainScores, BigDecimal overallScore,
                                  LocalDate occurredOn, Integer revision, String scoringRule, String stage,
                                  Integer answeredCount, Integer naCount, Map<String, BigDecimal> itemLevels,
                                  String lateEntryReason)
        implements ParticipantEvent {
    public AssessmentCompleted {
        // two decimals, always: 0.7 and 0.70 are the same score and must compare equal after a JSON round trip
        domainScores = scaled(domainScores);
        itemLevels = itemLevels == null ? null : scaled(itemLevels);
        overallScore = scale(overallScore);
        if (revision == null) {
            revision = 1;
        }
    }

    /** The v1.0 shape: scores only. */
    public AssessmentCompleted(String participantId, String cohortId, String programId, String assessmentId,
                               String instrumentId, String instrumentVersion, String administration,
                               Map<String, BigDecimal> domainScores, BigDecimal overallScore, LocalDate occurredOn) {
        this(participantId, cohortId, programId, assessmentId, instrumentId, instrumentVersion, administration,
                domainScores, overallScore, occurredOn, null, null, null, null, null, null, null);
    }

    public static BigDecimal scale(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> scores) {
        TreeMap<String, BigDecimal> result = new TreeMap<>();
        scores.forEach((key, score) -> result.put(key, scale(score)));
        return Collections.unmodifiableMap(result);
    }
}
