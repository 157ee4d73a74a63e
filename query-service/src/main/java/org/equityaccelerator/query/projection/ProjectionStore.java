package org.equityaccelerator.query.projection;

import org.apache.kafka.common.TopicPartition;
import org.equityaccelerator.query.participant.ParticipantProgress;
import org.equityaccelerator.query.regional.RegionalProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JDBC storage of views, positions and offsets. Callers hold the transaction. */
@Repository
public class ProjectionStore {
    private final JdbcTemplate jdbc;

    ProjectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> positions(Collection<String> aggregateIds) {
        Map<String, Long> positions = new HashMap<>();
        if (aggregateIds.isEmpty()) {
            return positions;
        }
        jdbc.query("select aggregate_id, last_sequence from aggregate_position where aggregate_id = any (?)",
                rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                }, (Object) aggregateIds.toArray(String[]::new));
        return positions;
    }

    public Optional<ParticipantProgress> participant(String participantId) {
        return jdbc.query("select view::text from participant_progress where participant_id = ?",
                        (rs, i) -> ViewJson.read(rs.getString(1), ParticipantProgress.class), participantId)
                .stream().findFirst();
    }

    public List<ParticipantProgress> participantsOf(String cohortId, int offset, int limit) {
        return jdbc.query("select view::text from participant_progress where cohort_id = ? "
                        + "order by view->>'orgId', participant_id offset ? limit ?",
                (rs, i) -> ViewJson.read(rs.getString(1), ParticipantProgress.class), cohortId, offset, limit);
    }

    public long participantCount(String cohortId) {
        return jdbc.queryForObject("select count(*) from participant_progress where cohort_id = ?", Long.class,
                cohortId);
    }

    public Optional<RegionalProgress> regional(String cohortId) {
        return jdbc.query("select view::text from regional_progress where cohort_id = ?",
                (rs, i) -> ViewJson.read(rs.getString(1), RegionalProgress.class), cohortId).stream().findFirst();
    }

    public void saveParticipants(Map<String, ParticipantProgress> views) {
        List<Object[]> rows = new ArrayList<>();
        views.forEach((id, view) -> rows.add(new Object[]{id, view.cohortId, ViewJson.write(view)}));
        jdbc.batchUpdate("insert into participant_progress (participant_id, cohort_id, view) values (?, ?, ?::jsonb) "
                + "on conflict (participant_id) do update set cohort_id = excluded.cohort_id, view = excluded.view", rows);
    }

    public void saveRegionals(Map<String, RegionalProgress> views) {
        List<Object[]> rows = new ArrayList<>();
        views.forEach((id, view) -> rows.add(new Object[]{id, ViewJson.write(view)}));
        jdbc.batchUpdate("insert into regional_progress (cohort_id, view) values (?, ?::jsonb) "
                + "on conflict (cohort_id) do update set view = excluded.view", rows);
    }

    public void savePositions(Map<String, Long> positions) {
        List<Object[]> rows = new ArrayList<>();
        positions.forEach((id, seq) -> rows.add(new Object[]{id, seq}));
        jdbc.batchUpdate("insert into aggregate_position (aggregate_id, last_sequence) values (?, ?) "
                + "on conflict (aggregate_id) do update set last_sequence = excluded.last_sequence", rows);
    }

    public Map<TopicPartition, Long> offsets(String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query("select partition, next_offset from consumer_offset where topic = ?",
                rs -> {
                    offsets.put(new TopicPartition(topic, rs.getInt(1)), rs.getLong(2));
                }, topic);
        return offsets;
    }

    public void saveOffsets(Map<TopicPartition, Long> nextOffsets) {
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((tp, next) -> rows.add(new Object[]{tp.topic(), tp.partition(), next}));
        jdbc.batchUpdate("insert into consumer_offset (topic, partition, next_offset) values (?, ?, ?) "
                + "on conflict (topic, partition) do update set next_offset = excluded.next_offset", rows);
    }

    public void saveSkipped(String topic, int partition, long offset, String reason, String value) {
        jdbc.update("insert into skipped_record (topic, partition, record_offset, reason, value) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", topic, partition, offset, reason, value);
    }
}
