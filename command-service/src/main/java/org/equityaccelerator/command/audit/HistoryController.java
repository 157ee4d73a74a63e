package org.equityaccelerator.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

/** Read-only history for auditors: per aggregate, the whole log as NDJSON, and verification of the hash chain. */
@RestController
@Tag(name = "History (auditors, read-only)")
class HistoryController {
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private final HistoryReader history;
    private final JsonMapper json = JsonMapper.builder().build();

    HistoryController(HistoryReader history) {
        this.history = history;
    }

    @GetMapping("/history/aggregates/{aggregateId}")
    @Operation(summary = "Every event of one program, cohort or participant, in order")
    List<HistoricEvent> aggregate(@PathVariable String aggregateId) throws SQLException {
        List<HistoricEvent> events = history.ofAggregate(aggregateId);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no events for aggregate '" + aggregateId + "'");
        }
        return events;
    }

    @GetMapping(value = "/history/events", produces = "application/x-ndjson")
    @Operation(summary = "The whole log as NDJSON from a global position (inclusive); next page: last globalPosition + 1")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "1") long from,
                                                 @RequestParam(defaultValue = "10000") int limit) {
        if (from < 0) {
            throw new IllegalArgumentException("from must be >= 0");
        }
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000");
        }
        StreamingResponseBody body = out -> {
            try {
                history.export(from, limit, event -> writeLine(out, event));
            } catch (SQLException e) {
                throw new IllegalStateException("reading the log failed", e);
            }
        };
        // a stream: the next page starts at the last line's globalPosition + 1
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    @GetMapping("/history/verify")
    @Operation(summary = "Walk the log and recompute every hash link; reports the first broken one")
    EventChainVerifier.Report verify() throws SQLException {
        return history.verify();
    }

    private void writeLine(OutputStream out, HistoricEvent event) {
        try {
            out.write(json.writeValueAsBytes(event));
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
