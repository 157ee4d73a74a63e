package org.equityaccelerator.events;

import java.time.LocalDate;

/** One participant endorses the recommendation, by the role that signed for it; once per participant. */
public record RegionalRecommendationEndorsed(String recommendationId, String cohortId, String programId,
                                             String participantId, String orgId, String role, LocalDate occurredOn)
        implements RecommendationEvent {
}
