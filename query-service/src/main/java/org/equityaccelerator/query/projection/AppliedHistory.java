package org.equityaccelerator.query.projection;

import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The applied events behind a view, filtered by business date and recorded instant, for as-of views. */
@Component
public class AppliedHistory {
    private final ProjectionStore store;
    private final CloudEventCodec codec = new CloudEventCodec();

    AppliedHistory(ProjectionStore store) {
        this.store = store;
    }

    public List<EventEnvelope> ofAggregate(String aggregateId, LocalDate asOf, Instant knownAt) {
        return decode(store.appliedEvents("aggregate_id", aggregateId, asOf, knownAt));
    }

    public List<EventEnvelope> ofCohort(String cohortId, LocalDate asOf, Instant knownAt) {
        return decode(store.appliedEvents("cohort_id", cohortId, asOf, knownAt));
    }

    private List<EventEnvelope> decode(List<String> cloudEvents) {
        return cloudEvents.stream().map(codec::decode).flatMap(Optional::stream).toList();
    }
}
