package org.equityaccelerator.events;

import java.time.LocalDate;

/** The recommendation is published with {@code endorsements} endorsements. */
public record RegionalRecommendationPublished(String recommendationId, String cohortId, String programId,
                                              int endorsements, LocalDate occurredOn) implements RecommendationEvent {
}
