package org.equityaccelerator.events;

/** An event of a regional recommendation's stream (a cohort's joint policy recommendation). */
public interface RecommendationEvent extends AcceleratorEvent {
    String recommendationId();

    @Override
    default String aggregateId() {
        return recommendationId();
    }
}
