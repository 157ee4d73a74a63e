package org.equityaccelerator.query.access;

import org.equityaccelerator.access.FirstEventPlacements;
import org.equityaccelerator.access.Placement;
import org.equityaccelerator.events.CloudEventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Places a target by the first event of its stream among the events this service applied (kept as received). */
@Component
class AppliedEventPlacements extends FirstEventPlacements {
    private final JdbcTemplate jdbc;
    private final CloudEventCodec codec = new CloudEventCodec();

    AppliedEventPlacements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected Optional<Placement> place(String aggregateId) {
        return jdbc.queryForList("select cloud_event from applied_event where aggregate_id = ? and sequence = 0",
                        String.class, aggregateId).stream()
                .findFirst().flatMap(codec::decode).map(e -> Placement.ofFirstEvent(e.data()));
    }
}
