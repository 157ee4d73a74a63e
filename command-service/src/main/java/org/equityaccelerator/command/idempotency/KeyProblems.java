package org.equityaccelerator.command.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import org.equityaccelerator.command.web.DatabaseOutage;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter's refusals, in the same RFC 9457 shape as the controllers' (the filter runs outside Spring MVC, so
 * the controller advice cannot answer for it).
 */
final class KeyProblems {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPES = "https://equityaccelerator.org/problems/";

    private KeyProblems() {
    }

    static void invalid(HttpServletResponse response) throws IOException {
        write(response, 400, "invalid-input", "Invalid input", "header " + IdempotencyFilter.HEADER
                + " must be 1 to 255 characters: letters, digits and . _ : ~ + / = -");
    }

    static void reusedWithAnotherBody(HttpServletResponse response) throws IOException {
        write(response, 422, "idempotency-key-reused", "Idempotency key reused", "header "
                + IdempotencyFilter.HEADER + " was already used for a different request body on this endpoint;"
                + " use a new key for a new request");
    }

    static void notRecorded(HttpServletResponse response) throws IOException {
        write(response, 500, "internal-error", "Internal error",
                "the command could not be recorded; nothing was recorded, retry with the same "
                        + IdempotencyFilter.HEADER);
    }

    /** As the controllers answer an outage: a temporary condition, retry later (with the same key). */
    static void databaseUnavailable(HttpServletResponse response) throws IOException {
        DatabaseOutage.answer(response, "the event store cannot be reached;"
                + " the command was not recorded, retry later with the same " + IdempotencyFilter.HEADER);
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPES + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (status < 500) {
            problem.put("errors", List.of(Map.of("field", IdempotencyFilter.HEADER, "message", detail)));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
