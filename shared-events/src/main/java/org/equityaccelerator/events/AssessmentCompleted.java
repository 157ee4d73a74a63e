package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores are frozen at completion: the event carries the per-domain scores and the overall score (mean of domains)
 * so that a later change of scoring never rewrites what was reported.
 */
public record AssessmentCompleted(String participantId, String cohortId, String programId, String assessmentId,
                                  String instrumentId, String instrumentVersion, String administration,
                                  Map<String, BigDecimal> domainScores, BigDecimal overallScore,
                                  LocalDate occurredOn) implements ParticipantEvent {
    public AssessmentCompleted {
        // two decimals, always: 0.7 and 0.70 are the same score and must compare equal after a JSON round trip
        TreeMap<String, BigDecimal> scaled = new TreeMap<>();
        domainScores.forEach((domain, score) -> scaled.put(domain, scale(score)));
        domainScores = java.util.Collections.unmodifiableMap(scaled);
        overallScore = scale(overallScore);
    }

    public static BigDecimal scale(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }
}
