package org.equityaccelerator.local;

import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack's accounts: a person added with {@code --user} signs in with a real token whose subject is the name
 * and may do what a program admin grants, nothing before; query-service logs in to its database as its own role, never
 * as a superuser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackAccountsIT {
    final HttpClient http = HttpClient.newHttpClient();
    LocalStack stack;

    @BeforeAll
    void startWithAnAddedUser() {
        LocalOptions options = LocalOptions.parse("--user=alice", "--user-password=alice-local-pw");
        stack = LocalStack.start(LocalInfra.start(LocalInfra.chooseModeForLocalRun(), 0, 0), 0, 0, 0,
                options.users());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void queryServiceLogsInAsItsOwnRoleNeverAsASuperuser() throws Exception {
        LocalInfra infra = stack.infra();
        String server = infra.database("postgres");
        List<String> sessions = new ArrayList<>();
        await("query-service's sessions").atMost(Duration.ofSeconds(30)).until(() -> {
            sessions.clear();
            try (Connection c = DriverManager.getConnection(server, infra.username(), infra.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select a.usename, r.rolsuper, r.rolcreaterole, r.rolcreatedb "
                         + "from pg_stat_activity a join pg_roles r on r.rolname = a.usename "
                         + "where a.datname = 'queries'")) {
                while (rs.next()) {
                    sessions.add(rs.getString(1) + " super=" + rs.getBoolean(2) + " createrole=" + rs.getBoolean(3)
                            + " createdb=" + rs.getBoolean(4));
                }
            }
            return !sessions.isEmpty();
        });
        assertThat(sessions).containsOnly(LocalStack.QUERY_ROLE + " super=false createrole=false createdb=false");
    }

    @Test
    void anAddedUserSignsInAsItsNameAndMayDoWhatAProgramAdminGrantsNothingBefore() throws Exception {
        String alice = stack.tokens().userToken("alice", "alice-local-pw");
        assertThat(JsonMapper.builder().build().readTree(new String(
                Base64.getUrlDecoder().decode(alice.split("\\.")[1]), StandardCharsets.UTF_8)).get("sub").asString())
                .isEqualTo("alice");
        String admin = stack.tokens().userToken("pha-admin-1");
        assertThat(send(admin, "/programs", """
                {"programId":"pha-rea","name":"PHA Regional Equity Accelerator","convener":"PHA SoCal",
                 "focusAreas":["contracting_procurement"],"participantOrgTypes":["LHJ_COUNTY"],
                 "occurredOn":"2023-01-15"}""").statusCode()).isEqualTo(201);
        assertThat(send(alice, "/programs/pha-rea/access-history", null).statusCode()).isEqualTo(403);

        assertThat(send(admin, "/programs/pha-rea/grants", """
                {"subject":"alice","role":"AUDITOR","scopeId":"pha-rea"}""").statusCode()).isEqualTo(201);
        HttpResponse<String> history = send(alice, "/programs/pha-rea/access-history", null);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"alice\"").contains("AUDITOR");
    }

    private HttpResponse<String> send(String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.commandUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
