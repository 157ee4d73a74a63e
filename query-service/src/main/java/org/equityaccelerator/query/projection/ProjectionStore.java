package org.equityaccelerator.query.projection;

import org.apache.kafka.common.TopicPartition;
import org.equityaccelerator.query.participant.ParticipantProgress;
import org.equityaccelerator.query.regional.RegionalTallies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** JDBC storage of views, positions and offsets. Callers hold the transaction. */
@Repository
public class ProjectionStore {
    /** Everyone when the parameter is null; otherwise consenting participants and the listed ones. */
    private static final String CONSENTED = "and (?::text[] is null or view->>'consentScope' = 'REGIONAL_NAMED' "
            + "or participant_id = any(?::text[])) ";

    static final List<String> VIEW_TABLES =
            List.of("participant_progress", "regional_progress", "aggregate_position", "consumer_offset");
    private final JdbcTemplate jdbc;
    private final String suffix;

    @org.springframework.beans.factory.annotation.Autowired
    ProjectionStore(JdbcTemplate jdbc) {
        this(jdbc, "");
    }

    private ProjectionStore(JdbcTemplate jdbc, String suffix) {
        this.jdbc = jdbc;
        this.suffix = suffix;
    }

    /** The same store over the shadow tables a rebuild fills (participant_progress_shadow, ...). */
    ProjectionStore shadow() {
        return new ProjectionStore(jdbc, "_shadow");
    }

    /** SHA-256 over a view table's rows in key order (jsonb text is canonical), or the positions table. */
    String checksum(String table, String key, String value) {
        if (!VIEW_TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.queryForObject("select encode(sha256(convert_to(coalesce(string_agg(" + key + " || '=' || "
                + value + "::text, E'\\n' order by " + key + "), ''), 'UTF8')), 'hex') from " + table + suffix,
                String.class);
    }

    public Map<String, Long> positions(Collection<String> aggregateIds) {
        Map<String, Long> positions = new HashMap<>();
        if (aggregateIds.isEmpty()) {
            return positions;
        }
        jdbc.query("select aggregate_id, last_sequence from aggregate_position " + suffix + " where aggregate_id = any (?)",
                rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                }, (Object) aggregateIds.toArray(String[]::new));
        return positions;
    }

    public Optional<ParticipantProgress> participant(String participantId) {
        return jdbc.query("select view::text from participant_progress " + suffix + " where participant_id = ?",
                        (rs, i) -> ViewJson.read(rs.getString(1), ParticipantProgress.class), participantId)
                .stream().findFirst();
    }

    public List<ParticipantProgress> participantsOf(String cohortId, int offset, int limit) {
        return participantsOf(cohortId, offset, limit, null);
    }

    /**
     * @param restrictedTo null for every participant; otherwise only those with REGIONAL_NAMED consent and these
     */
    public List<ParticipantProgress> participantsOf(String cohortId, int offset, int limit, Set<String> restrictedTo) {
        return jdbc.query("select view::text from participant_progress " + suffix + " where cohort_id = ? "
                        + CONSENTED + "order by view->>'orgId', participant_id offset ? limit ?",
                (rs, i) -> ViewJson.read(rs.getString(1), ParticipantProgress.class), cohortId,
                array(restrictedTo), array(restrictedTo), offset, limit);
    }

    public long participantCount(String cohortId) {
        return participantCount(cohortId, null);
    }

    public long participantCount(String cohortId, Set<String> restrictedTo) {
        return jdbc.queryForObject("select count(*) from participant_progress " + suffix + " where cohort_id = ? "
                + CONSENTED, Long.class, cohortId, array(restrictedTo), array(restrictedTo));
    }

    private static String[] array(Set<String> ids) {
        return ids == null ? null : ids.toArray(String[]::new);
    }

    public Optional<RegionalTallies> regional(String cohortId) {
        return jdbc.query("select view::text from regional_progress " + suffix + " where cohort_id = ?",
                (rs, i) -> ViewJson.read(rs.getString(1), RegionalTallies.class), cohortId).stream().findFirst();
    }

    public void saveParticipants(Map<String, ParticipantProgress> views) {
        List<Object[]> rows = new ArrayList<>();
        views.forEach((id, view) -> rows.add(new Object[]{id, view.cohortId, ViewJson.write(view)}));
        jdbc.batchUpdate("insert into participant_progress" + suffix + " (participant_id, cohort_id, view) values (?, ?, ?::jsonb) "
                + "on conflict (participant_id) do update set cohort_id = excluded.cohort_id, view = excluded.view", rows);
    }

    public void saveRegionals(Map<String, RegionalTallies> views) {
        List<Object[]> rows = new ArrayList<>();
        views.forEach((id, view) -> rows.add(new Object[]{id, ViewJson.write(view)}));
        jdbc.batchUpdate("insert into regional_progress" + suffix + " (cohort_id, view) values (?, ?::jsonb) "
                + "on conflict (cohort_id) do update set view = excluded.view", rows);
    }

    public void savePositions(Map<String, Long> positions) {
        List<Object[]> rows = new ArrayList<>();
        positions.forEach((id, seq) -> rows.add(new Object[]{id, seq}));
        jdbc.batchUpdate("insert into aggregate_position" + suffix + " (aggregate_id, last_sequence) values (?, ?) "
                + "on conflict (aggregate_id) do update set last_sequence = excluded.last_sequence", rows);
    }

    public Map<TopicPartition, Long> offsets(String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query("select partition, next_offset from consumer_offset " + suffix + " where topic = ?",
                rs -> {
                    offsets.put(new TopicPartition(topic, rs.getInt(1)), rs.getLong(2));
                }, topic);
        return offsets;
    }

    public void saveOffsets(Map<TopicPartition, Long> nextOffsets) {
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((tp, next) -> rows.add(new Object[]{tp.topic(), tp.partition(), next}));
        jdbc.batchUpdate("insert into consumer_offset" + suffix + " (topic, partition, next_offset) values (?, ?, ?) "
                + "on conflict (topic, partition) do update set next_offset = excluded.next_offset", rows);
    }

    /** Stored offsets, locked until the transaction ends: a swap of rebuilt tables waits for the batch, and vice versa. */
    public Map<TopicPartition, Long> lockOffsets(String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query("select partition, next_offset from consumer_offset " + suffix + " where topic = ? for update",
                rs -> {
                    offsets.put(new TopicPartition(topic, rs.getInt(1)), rs.getLong(2));
                }, topic);
        return offsets;
    }

    void saveApplied(List<AppliedEvent> events) {
        List<Object[]> rows = new ArrayList<>();
        for (AppliedEvent applied : events) {
            var e = applied.event();
            rows.add(new Object[]{e.subject(), e.sequence(), e.data().cohortId(), java.sql.Date.valueOf(e.occurredOn()),
                    java.sql.Timestamp.from(e.time()), applied.cloudEvent()});
        }
        jdbc.batchUpdate("insert into applied_event (aggregate_id, sequence, cohort_id, occurred_on, recorded_at, "
                + "cloud_event) values (?, ?, ?, ?, ?, ?) on conflict do nothing", rows);
    }

    /**
     * The CloudEvents a view was folded from, restricted to what had happened by {@code asOf} (business date) and was
     * known by {@code knownAt} (recorded instant); either may be null. In stream order.
     */
    public List<String> appliedEvents(String column, String id, java.time.LocalDate asOf, java.time.Instant knownAt) {
        if (!column.equals("aggregate_id") && !column.equals("cohort_id")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.queryForList("select cloud_event from applied_event where " + column + " = ? "
                        + "and (cast(? as date) is null or occurred_on <= cast(? as date)) "
                        + "and (cast(? as timestamptz) is null or recorded_at <= cast(? as timestamptz)) "
                        + "order by aggregate_id, sequence", String.class, id,
                asOf == null ? null : java.sql.Date.valueOf(asOf), asOf == null ? null : java.sql.Date.valueOf(asOf),
                knownAt == null ? null : java.sql.Timestamp.from(knownAt),
                knownAt == null ? null : java.sql.Timestamp.from(knownAt));
    }

    /**
     * Bulk load into empty (shadow) tables with COPY: a rebuild writes every view at once, where batched inserts
     * would dominate its time.
     */
    void copyAll(Map<String, ParticipantProgress> participants, Map<String, RegionalTallies> regionals,
                 Map<String, Long> positions) {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            try {
                copy.copyIn("copy participant_progress" + suffix + " (participant_id, cohort_id, view) from stdin "
                        + "with (format csv)", new CsvRows<>(participants.entrySet().iterator(),
                        e -> new String[]{e.getKey(), e.getValue().cohortId, ViewJson.write(e.getValue())}));
                copy.copyIn("copy regional_progress" + suffix + " (cohort_id, view) from stdin with (format csv)",
                        new CsvRows<>(regionals.entrySet().iterator(),
                                e -> new String[]{e.getKey(), ViewJson.write(e.getValue())}));
                copy.copyIn("copy aggregate_position" + suffix + " (aggregate_id, last_sequence) from stdin "
                        + "with (format csv)", new CsvRows<>(positions.entrySet().iterator(),
                        e -> new String[]{e.getKey(), Long.toString(e.getValue())}));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    public void saveSkipped(String topic, int partition, long offset, String reason, String value) {
        jdbc.update("insert into skipped_record (topic, partition, record_offset, reason, value) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", topic, partition, offset, reason, value);
    }
}
