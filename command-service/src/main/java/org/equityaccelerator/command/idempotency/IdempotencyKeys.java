package org.equityaccelerator.command.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Keys in the command database (db/commands/V4), used inside the transaction that appends the command's events.
 */
@Repository
class IdempotencyKeys {
    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this request. If another transaction holds the same key, PostgreSQL makes this wait until
     * that transaction ends: false if it committed (the key is taken), true if it rolled back or nobody held it.
     */
    boolean claim(KeyedRequest request) {
        return jdbc.update("""
                insert into idempotency_key (scope, idempotency_key, caller, endpoint, request_digest)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                request.scope(), request.key(), request.caller(), request.endpoint(), request.bodyDigest()) == 1;
    }

    /** Completes a claimed key with the response that goes out if (and only if) this transaction commits. */
    void complete(KeyedRequest request, RecordedResponse response) {
        jdbc.update("""
                update idempotency_key set response_status = ?, response_location = ?, response_content_type = ?,
                       response_body = ?
                where scope = ? and idempotency_key = ?""",
                response.status(), response.location(), response.contentType(), response.body(),
                request.scope(), request.key());
    }

    /** A taken key: the digest of the body it was first used with, and the response given then. */
    Optional<Taken> find(KeyedRequest request) {
        List<Taken> rows = jdbc.query("""
                select request_digest, response_status, response_location, response_content_type, response_body
                from idempotency_key where scope = ? and idempotency_key = ?""",
                (rs, i) -> new Taken(rs.getString(1), new RecordedResponse(rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5))),
                request.scope(), request.key());
        return rows.stream().findFirst();
    }

    record Taken(String bodyDigest, RecordedResponse response) {
    }
}
