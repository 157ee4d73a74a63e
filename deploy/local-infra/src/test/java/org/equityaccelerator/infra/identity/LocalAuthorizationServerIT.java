package org.equityaccelerator.infra.identity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local OIDC provider hands out real signed tokens: PKCE sign-in for people, client credentials for partners. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalAuthorizationServerIT {
    LocalAuthorizationServer server;

    @BeforeAll
    void start() {
        // as deploy/local/run --user=lhj-c-lead and --user=alice --user-password=alice-local-pw
        server = LocalAuthorizationServer.start(0, Map.of("lhj-c-lead", DemoIdentities.PASSWORD,
                "alice", "alice-local-pw"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aPersonSignsInWithPkceAndTheTokenNamesThemAsSubject() {
        JsonNode claims = claims(server.tokens().userToken("lhj-a-member"));
        assertThat(claims.get("sub").asString()).isEqualTo("lhj-a-member");
        assertThat(claims.get("iss").asString()).isEqualTo(server.issuer());
        assertThat(claims.get("aud").toString()).contains(DemoIdentities.CLI_CLIENT);
    }

    @Test
    void aPartnerGetsAClientCredentialsTokenWithItsClientIdAsSubject() {
        JsonNode claims = claims(server.tokens().partnerToken());
        assertThat(claims.get("sub").asString()).isEqualTo(DemoIdentities.PARTNER_CLIENT);
        assertThat(claims.get("scope").toString()).contains("accelerator.read");
    }

    @Test
    void aUserAddedAtStartSignsInWithItsPasswordAndItsNameIsTheSubject() {
        assertThat(claims(server.tokens().userToken("lhj-c-lead")).get("sub").asString()).isEqualTo("lhj-c-lead");
        JsonNode alice = claims(server.tokens().userToken("alice", "alice-local-pw"));
        assertThat(alice.get("sub").asString()).isEqualTo("alice");
        assertThat(alice.get("iss").asString()).isEqualTo(server.issuer());
        assertThatThrownBy(() -> server.tokens().userToken("alice", DemoIdentities.PASSWORD))
                .hasMessageContaining("/login?error");
    }

    @Test
    void anAddedUserMayNeitherTakeADemoIdentityNorLookLikeAPersonsName() {
        assertThatThrownBy(() -> LocalAuthorizationServer.start(0, Map.of("pha-admin-1", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> LocalAuthorizationServer.start(0, Map.of("alice@example.org", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pseudonymous");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> server.tokens().userToken("viewer-1", "guess"))
                .hasMessageContaining("/login?error");
    }

    /** Ten people signing in at once, three times over: each gets a token naming them (the store is shared). */
    @Test
    void peopleSigningInAtTheSameTimeAllGetTheirOwnToken() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            for (int round = 0; round < 3; round++) {
                java.util.List<java.util.concurrent.Future<String>> subjects = new java.util.ArrayList<>();
                for (String user : DemoIdentities.USERS) {
                    // a client of its own per caller: nothing cached, every call is a full sign-in
                    subjects.add(pool.submit(() -> claims(new TokenClient(server.issuer()).userToken(user))
                            .get("sub").asString()));
                }
                java.util.List<String> signedIn = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<String> subject : subjects) {
                    signedIn.add(subject.get());
                }
                assertThat(signedIn).containsExactlyElementsOf(DemoIdentities.USERS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JsonMapper.builder().build().readTree(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
