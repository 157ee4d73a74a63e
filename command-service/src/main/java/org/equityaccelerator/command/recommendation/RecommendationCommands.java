package org.equityaccelerator.command.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Commands of a regional recommendation (PHASoCal session 8): draft, endorse once per participant, publish. */
final class RecommendationCommands {
    private RecommendationCommands() {
    }

    /** {@code endorsementsRequired} null: a simple majority of the participants enrolled when drafted. */
    record DraftRecommendationCommand(String recommendationId, String cohortId, String title, String policyArea,
                                      String text, Integer endorsementsRequired, LocalDate occurredOn) {
    }

    record EndorseRecommendationCommand(@TargetAggregateIdentifier String recommendationId, String orgId, String role,
                                        LocalDate occurredOn) {
    }

    record PublishRecommendationCommand(@TargetAggregateIdentifier String recommendationId, LocalDate occurredOn) {
    }
}
