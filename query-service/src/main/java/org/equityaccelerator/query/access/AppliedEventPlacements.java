package org.equityaccelerator.query.access;

import org.equityaccelerator.access.Placement;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.events.CloudEventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Places a target by the first event of its stream among the events this service applied (kept as received). */
@Component
class AppliedEventPlacements implements Placements {
    private static final int CACHED = 100_000;
    private final JdbcTemplate jdbc;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final Map<String, Placement> cache = new ConcurrentHashMap<>();

    AppliedEventPlacements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Placement> participant(String participantId) {
        return aggregate(participantId).filter(p -> participantId.equals(p.participantId()));
    }

    @Override
    public Optional<Placement> cohort(String cohortId) {
        return aggregate(cohortId).filter(p -> cohortId.equals(p.cohortId()) && p.participantId() == null);
    }

    @Override
    public Optional<Placement> aggregate(String aggregateId) {
        if (aggregateId == null || aggregateId.isEmpty()) {
            return Optional.empty();
        }
        Placement cached = cache.get(aggregateId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Placement> placed = jdbc.queryForList("select cloud_event from applied_event "
                        + "where aggregate_id = ? and sequence = 0", String.class, aggregateId).stream()
                .findFirst().flatMap(codec::decode).map(e -> Placement.ofFirstEvent(e.data()));
        if (placed.isPresent() && cache.size() < CACHED) {
            cache.put(aggregateId, placed.get());
        }
        return placed;
    }
}
