package org.equityaccelerator.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user of the running stack has: the command API (POST) and the query API (GET), nothing else. */
final class PublicApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String commandUrl;
    private final String queryUrl;

    PublicApi(String commandUrl, String queryUrl) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
    }

    String queryUrl() {
        return queryUrl;
    }

    /** Posts a command that must be accepted; returns the id of what it created. */
    String created(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postAs(String actor, String path, String body) throws IOException, InterruptedException {
        return post(path, body, "X-Actor", actor);
    }

    /** A view that must exist. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = getRaw(queryUrl + path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    HttpResponse<String> getRaw(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The auditors' history of one aggregate, from the command side. */
    JsonNode history(String aggregateId) throws IOException, InterruptedException {
        return json.readTree(getRaw(commandUrl + "/history/aggregates/" + aggregateId).body());
    }

    /** A participant of the demo cohort by its position in the cohort's list (LHJ-A is 0). */
    String demoParticipant(int index) throws IOException, InterruptedException {
        return get("/cohorts/" + DemoData.COHORT + "/participants?size=9").get("items").get(index)
                .get("participantId").asString();
    }
}
