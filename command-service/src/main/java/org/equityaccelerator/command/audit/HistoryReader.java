package org.equityaccelerator.command.audit;

import com.zaxxer.hikari.HikariDataSource;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.EventTypes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the event log through its own pool, connected as the read-only auditor role: whatever a request asks, it
 * cannot change the record.
 */
@Component
public class HistoryReader implements DisposableBean {
    private static final String COLUMNS = "select globalindex, aggregateidentifier, type, sequencenumber, "
            + "eventidentifier, payloadtype, payloadrevision, timestamp, payload, metadata, hash from domainevententry ";

    private final HikariDataSource auditor = new HikariDataSource();
    private final JsonMapper json = JsonMapper.builder().build();

    HistoryReader(@Value("${spring.datasource.url}") String url,
                  @Value("${accelerator.history.username}") String username,
                  @Value("${accelerator.history.password}") String password) {
        // the no-argument pool connects on first use, i.e. after Flyway created the role
        auditor.setJdbcUrl(url);
        auditor.setUsername(username);
        auditor.setPassword(password);
        auditor.setReadOnly(true);
        auditor.setMaximumPoolSize(3);
        auditor.setPoolName("history-auditor");
    }

    public List<HistoricEvent> ofAggregate(String aggregateId) throws SQLException {
        List<HistoricEvent> events = new ArrayList<>();
        try (Connection c = auditor.getConnection();
             PreparedStatement s = c.prepareStatement(COLUMNS + "where aggregateidentifier = ? order by sequencenumber")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
        }
        return events;
    }

    /** Events from a global position (inclusive) in log order, at most {@code limit}; returns how many were sent. */
    public int export(long fromPosition, int limit, Consumer<HistoricEvent> sink) throws SQLException {
        int sent = 0;
        try (Connection c = auditor.getConnection()) {
            c.setAutoCommit(false); // stream with a cursor
            try (PreparedStatement s = c.prepareStatement(COLUMNS + "where globalindex >= ? order by globalindex limit ?")) {
                s.setFetchSize(1000);
                s.setLong(1, fromPosition);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                        sent++;
                    }
                }
            } finally {
                c.rollback();
            }
        }
        return sent;
    }

    public EventChainVerifier.Report verify() throws SQLException {
        try (Connection c = auditor.getConnection()) {
            return EventChainVerifier.verify(c);
        }
    }

    private HistoricEvent read(ResultSet rs) throws SQLException {
        JsonNode payload = json.readTree(rs.getBytes(9));
        byte[] metadataBytes = rs.getBytes(10);
        JsonNode metadata = metadataBytes == null ? json.createObjectNode() : json.readTree(metadataBytes);
        String payloadType = rs.getString(6);
        JsonNode occurred = payload.get("occurredOn");
        return new HistoricEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                eventTypeOf(payloadType), payloadType, rs.getString(7),
                occurred == null || occurred.isNull() ? null : LocalDate.parse(occurred.asString()),
                Instant.parse(rs.getString(8)), text(metadata, "actor"), text(metadata, "traceId"),
                text(metadata, "correlationId"), payload, EventChainVerifier.hex(rs.getBytes(11)));
    }

    private static String eventTypeOf(String payloadType) {
        try {
            Class<?> type = Class.forName(payloadType);
            return AcceleratorEvent.class.isAssignableFrom(type) ? EventTypes.typeOf(type) : null;
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            return null; // an event class this version no longer has: the stored payload type still says what it was
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public void destroy() {
        auditor.close();
    }
}
