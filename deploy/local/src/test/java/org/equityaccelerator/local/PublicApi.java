package org.equityaccelerator.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.equityaccelerator.infra.identity.TokenClient;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user of the running stack has: the command API (POST) and the query API (GET), nothing else, with real
 * tokens of the demo users (the program admin unless said otherwise).
 */
final class PublicApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String commandUrl;
    private final String queryUrl;
    private final TokenClient tokens;

    PublicApi(String commandUrl, String queryUrl, TokenClient tokens) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
        this.tokens = tokens;
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
        if (!java.util.List.of(headers).contains("Authorization")) {
            request.header("Authorization", "Bearer " + tokens.userToken("pha-admin-1"));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a demo user (its token's subject is the actor). */
    HttpResponse<String> postAs(String user, String path, String body) throws IOException, InterruptedException {
        return post(path, body, "Authorization", "Bearer " + tokens.userToken(user));
    }

    /** A view that must exist. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = getRaw(queryUrl + path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    HttpResponse<String> getRaw(String url) throws IOException, InterruptedException {
        return getRawAs("pha-admin-1", url);
    }

    HttpResponse<String> getRawAs(String user, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + tokens.userToken(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The auditors' history of one aggregate, from the command side. */
    JsonNode history(String aggregateId) throws IOException, InterruptedException {
        return json.readTree(getRawAs("auditor-1", commandUrl + "/history/aggregates/" + aggregateId).body());
    }

    /** A participant of the demo cohort by its position in the cohort's list (LHJ-A is 0). */
    String demoParticipant(int index) throws IOException, InterruptedException {
        return get("/cohorts/" + DemoData.COHORT + "/participants?size=9").get("items").get(index)
                .get("participantId").asString();
    }
}
