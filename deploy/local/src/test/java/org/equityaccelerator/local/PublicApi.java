package org.equityaccelerator.local;

import org.equityaccelerator.infra.identity.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user of the running stack has: the command API (POST) and the query API (GET), called with a real token of
 * a demo user (signed in through the local OpenID Connect provider). Without a named user, calls are the program
 * admin's: pha-admin-1 runs the demo program, the operator's, so it may set up and read every program.
 */
final class PublicApi {
    static final String ADMIN = "pha-admin-1";
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

    /** Posts a command (as the program admin) that must be accepted; returns the id of what it created. */
    String created(String path, String body) throws IOException, InterruptedException {
        return createdAs(ADMIN, path, body);
    }

    String createdAs(String user, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = postAs(user, path, body);
        assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return postAs(ADMIN, path, body);
    }

    /** As a demo user, with the token it got by signing in (authorization code with PKCE). */
    HttpResponse<String> postAs(String user, String path, String body) throws IOException, InterruptedException {
        return send(tokens.userToken(user), HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The program admin gives a demo user a role, as it would in the product; must be accepted. */
    void grant(String programId, String subject, String role, String scopeId) throws IOException, InterruptedException {
        created("/programs/" + programId + "/grants", """
                {"subject":"%s","role":"%s","scopeId":"%s"}""".formatted(subject, role, scopeId));
    }

    /** A view (as the program admin) that must exist. */
    JsonNode get(String path) throws IOException, InterruptedException {
        return getAs(ADMIN, path);
    }

    JsonNode getAs(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = getRawAs(user, queryUrl + path);
        assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    HttpResponse<String> getRaw(String url) throws IOException, InterruptedException {
        return getRawAs(ADMIN, url);
    }

    HttpResponse<String> getRawAs(String user, String url) throws IOException, InterruptedException {
        return send(tokens.userToken(user), HttpRequest.newBuilder(URI.create(url)));
    }

    /** As the partner system, with its client-credentials token. */
    HttpResponse<String> getRawAsPartner(String url) throws IOException, InterruptedException {
        return send(tokens.partnerToken(), HttpRequest.newBuilder(URI.create(url)));
    }

    /** The history of one aggregate, from the command side (program admins and auditors read it). */
    JsonNode history(String aggregateId) throws IOException, InterruptedException {
        HttpResponse<String> response = getRaw(commandUrl + "/history/aggregates/" + aggregateId);
        assertThat(response.statusCode()).as("history of " + aggregateId + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A participant of the demo cohort by its position in the cohort's list (LHJ-A is 0). */
    String demoParticipant(int index) throws IOException, InterruptedException {
        return get("/cohorts/" + DemoData.COHORT + "/participants?size=9").get("items").get(index)
                .get("participantId").asString();
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
