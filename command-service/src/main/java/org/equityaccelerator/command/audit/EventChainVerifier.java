package org.equityaccelerator.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks the event log in global order and recomputes every link of the per-aggregate SHA-256 chain that the database
 * wrote at append time (db/commands/V2). Reports the first broken link: a changed event, a changed hash, or a missing
 * predecessor. The canonical bytes here must match {@code accelerator_event_canonical} in SQL.
 */
public final class EventChainVerifier {
    static final byte[] GENESIS = new byte[32];
    private static final String LOG = "select globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
            + "payloadtype, payloadrevision, timestamp, payload, metadata, hash from domainevententry order by globalindex";

    private EventChainVerifier() {
    }

    public static Report verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        Map<String, Link> heads = new HashMap<>();
        long checked = 0;
        try (PreparedStatement statement = connection.prepareStatement(LOG)) {
            statement.setFetchSize(2000);
            try (ResultSet rs = statement.executeQuery()) {
                MessageDigest sha256 = sha256();
                while (rs.next()) {
                    long global = rs.getLong(1);
                    String aggregate = rs.getString(2);
                    long sequence = rs.getLong(3);
                    String eventId = rs.getString(5);
                    byte[] stored = rs.getBytes(11);
                    Link head = heads.get(aggregate);
                    byte[] previous;
                    if (sequence == 0 && head == null) {
                        previous = GENESIS;
                    } else if (head != null && head.sequence == sequence - 1) {
                        previous = head.hash;
                    } else {
                        return Report.broken(checked, heads.size(), new Broken(global, aggregate, sequence, eventId,
                                "event " + (sequence - 1) + " of this aggregate is missing or out of order"), started);
                    }
                    sha256.reset();
                    sha256.update(previous);
                    sha256.update(canonical(sequence, aggregate, rs.getString(4), eventId, rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
                    byte[] expected = sha256.digest();
                    if (!Arrays.equals(expected, stored)) {
                        return Report.broken(checked, heads.size(), new Broken(global, aggregate, sequence, eventId,
                                "stored hash " + hex(stored) + " does not match the event's content and its predecessor ("
                                        + hex(expected) + ")"), started);
                    }
                    heads.put(aggregate, new Link(sequence, stored));
                    checked++;
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return new Report(true, checked, heads.size(), null, (System.nanoTime() - started) / 1_000_000);
    }

    static byte[] canonical(long sequence, String aggregate, String type, String eventId, String payloadType,
                            String revision, String timestamp, byte[] payload, byte[] metadata) {
        byte[][] fields = {utf8(aggregate), utf8(type), utf8(eventId), utf8(payloadType), utf8(revision), utf8(timestamp)};
        byte[] meta = metadata == null ? new byte[0] : metadata;
        int size = 8 + 4 + payload.length + 4 + meta.length;
        for (byte[] field : fields) {
            size += 4 + field.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size).putLong(sequence);
        for (byte[] field : fields) {
            buffer.putInt(field.length).put(field);
        }
        return buffer.putInt(payload.length).put(payload).putInt(meta.length).put(meta).array();
    }

    private static byte[] utf8(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    static String hex(byte[] bytes) {
        return bytes == null ? "null" : HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Link(long sequence, byte[] hash) {
    }

    /** The first broken link: where the log stops being provably what was appended. */
    public record Broken(long globalPosition, String aggregateId, long sequence, String eventId, String reason) {
    }

    /** {@code intact} with every event checked, or the first broken link. */
    public record Report(boolean intact, long eventsChecked, int aggregates, Broken firstBroken, long elapsedMillis) {
        static Report broken(long checked, int aggregates, Broken broken, long startedNanos) {
            return new Report(false, checked, aggregates, broken, (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }
}
