package org.equityaccelerator.local.access;

import org.equityaccelerator.infra.identity.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives every endpoint of a service, as its OpenAPI document lists them (plus the expected table's query variants),
 * for every {@link Caller}, and records each status. A POST carries the example body the document gives. A cell is as
 * expected when an allowed caller gets past authorization (neither 401 nor 403) and any other caller is refused (401
 * anonymous, 403 otherwise) with nothing appended to the event store.
 */
final class AuthorizationMatrix {
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    final String service;
    final List<Row> rows = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    record Cell(Caller caller, int status, boolean expected, boolean appended) {
    }

    record Row(String endpoint, List<Cell> cells) {
    }

    AuthorizationMatrix(String service) {
        this.service = service;
    }

    /** The operations of the document, as "METHOD path". */
    static Map<String, JsonNode> operations(String baseUrl) throws Exception {
        JsonNode doc = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString()).body());
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }
        return operations;
    }

    void run(String baseUrl, Map<String, Set<Caller>> expected, Map<String, String> pathValues, TokenClient tokens,
             LongSupplier storedEvents) throws Exception {
        Map<String, JsonNode> operations = operations(baseUrl);
        Set<String> documented = new LinkedHashSet<>(operations.keySet());
        for (String endpoint : documented) {
            if (!expected.containsKey(endpoint)) {
                problems.add(service + ": " + endpoint + " has no expected row (every endpoint needs a rule)");
            }
        }
        for (Map.Entry<String, Set<Caller>> row : expected.entrySet()) {
            String endpoint = row.getKey();
            String template = endpoint.replaceFirst("\\?.*", "");
            if (!documented.contains(template)) {
                problems.add(service + ": " + endpoint + " is expected but not documented in OpenAPI");
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = substitute(endpoint.substring(endpoint.indexOf(' ') + 1), pathValues);
            JsonNode example = operations.get(template).path("requestBody").path("content").path("application/json")
                    .get("example");
            String body = example == null ? "{}" : example.toString();
            List<Cell> cells = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                long before = storedEvents.getAsLong();
                int status = send(baseUrl + path, method, body, caller.token(tokens));
                boolean appended = storedEvents.getAsLong() != before;
                boolean allowed = row.getValue().contains(caller);
                boolean expectedCell = allowed ? status != 401 && status != 403 && status < 500
                        : status == (caller == Caller.ANONYMOUS ? 401 : 403) && !appended;
                cells.add(new Cell(caller, status, expectedCell, appended));
                if (!expectedCell) {
                    problems.add(service + ": " + endpoint + " as " + caller + " answered " + status
                            + (appended ? " and appended events" : "") + ", expected "
                            + (allowed ? "to pass authorization" : caller == Caller.ANONYMOUS ? "401" : "403"));
                }
            }
            rows.add(new Row(endpoint, cells));
        }
    }

    /** The matrix as text: one line per endpoint, one column per caller; '!' marks a cell not as expected. */
    String print() {
        int width = rows.stream().mapToInt(r -> r.endpoint().length()).max().orElse(10);
        StringBuilder out = new StringBuilder(String.format("%-" + width + "s", service));
        for (Caller caller : Caller.values()) {
            out.append(String.format(" %7s", caller.label));
        }
        out.append('\n');
        long expectedCells = 0;
        long cells = 0;
        for (Row row : rows) {
            out.append(String.format("%-" + width + "s", row.endpoint()));
            for (Cell cell : row.cells()) {
                out.append(String.format(" %6d%s", cell.status(), cell.expected() ? " " : "!"));
                cells++;
                expectedCells += cell.expected() ? 1 : 0;
            }
            out.append('\n');
        }
        return out.append(String.format("%d of %d cells as expected (%.1f %%)%n", expectedCells, cells,
                cells == 0 ? 0 : 100.0 * expectedCells / cells)).toString();
    }

    private int send(String uri, String method, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request = "POST".equals(method)
                ? request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                : request.GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String substitute(String path, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no fixture value for path variable " + m.group(1) + " in " + path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
