package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.RecommendationEvent;
import org.equityaccelerator.events.RegionalRecommendationDrafted;
import org.equityaccelerator.events.RegionalRecommendationEndorsed;
import org.equityaccelerator.events.RegionalRecommendationPublished;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A regional recommendation: drafted, endorsed by participants against the threshold, published. */
final class RecommendationFold {
    private RecommendationFold() {
    }

    public static class Recommendation {
        public String title;
        public String policyArea;
        /** DRAFTED or PUBLISHED. */
        public String status;
        public LocalDate draftedOn;
        public int endorsementsRequired;
        /** Endorsing participant ids (internal: published as names with consent, else counted). */
        public List<String> endorsers = new ArrayList<>();
        public LocalDate publishedOn;
    }

    static void apply(Recommendation r, RecommendationEvent event) {
        if (event instanceof RegionalRecommendationDrafted e) {
            r.title = e.title();
            r.policyArea = e.policyArea();
            r.status = "DRAFTED";
            r.draftedOn = e.occurredOn();
            r.endorsementsRequired = e.endorsementsRequired();
        } else if (event instanceof RegionalRecommendationEndorsed e) {
            r.endorsers.add(e.participantId());
        } else if (event instanceof RegionalRecommendationPublished e) {
            r.status = "PUBLISHED";
            r.publishedOn = e.occurredOn();
        }
    }
}
