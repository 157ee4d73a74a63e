package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A cohort drafts a regional policy and systems change recommendation. It is published once
 * {@code endorsementsRequired} participants endorsed it (fixed at drafting: by default a simple majority of the
 * participants enrolled then).
 */
public record RegionalRecommendationDrafted(String recommendationId, String cohortId, String programId, String title,
                                            String policyArea, String text, int endorsementsRequired,
                                            LocalDate occurredOn) implements RecommendationEvent {
}
