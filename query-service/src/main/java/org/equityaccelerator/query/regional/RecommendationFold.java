package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.RecommendationEvent;
import org.equityaccelerator.events.RegionalRecommendationDrafted;
import org.equityaccelerator.events.RegionalRecommendationEndorsed;
import org.equityaccelerator.events.RegionalRecommendationPublished;

/** A regional recommendation's block: drafted, endorsements against the threshold, published. */
final class RecommendationFold {
    private RecommendationFold() {
    }

    static void apply(RegionalProgress.Recommendation r, RecommendationEvent event) {
        if (event instanceof RegionalRecommendationDrafted e) {
            r.title = e.title();
            r.policyArea = e.policyArea();
            r.status = "DRAFTED";
            r.draftedOn = e.occurredOn();
            r.endorsementsRequired = e.endorsementsRequired();
        } else if (event instanceof RegionalRecommendationEndorsed e) {
            r.endorsers.add(e.participantId());
            r.endorsements = r.endorsers.size();
        } else if (event instanceof RegionalRecommendationPublished e) {
            r.status = "PUBLISHED";
            r.publishedOn = e.occurredOn();
        }
    }
}
