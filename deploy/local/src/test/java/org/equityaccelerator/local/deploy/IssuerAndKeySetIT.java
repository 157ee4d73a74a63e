package org.equityaccelerator.local.deploy;

import org.equityaccelerator.infra.identity.LocalAuthorizationServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What deploy/compose relies on, with Spring Boot's own resource-server configuration and real tokens of the local
 * authorization server: with {@code OIDC_JWK_SET_URI} set, the keys come from that (internal) URL while the token's
 * {@code iss} is still checked against {@code OIDC_ISSUER_URI}; left empty, as the services' default, it counts as unset
 * and the keys are discovered from the issuer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuerAndKeySetIT {
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri=";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=";
    final WebApplicationContextRunner services = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
            // the services' own filter chains are not under test here
            .withBean(SecurityFilterChain.class, () -> new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE));
    LocalAuthorizationServer server;
    String token;
    /** The same provider by another address, as keycloak:8080 is to the services inside compose. */
    String internalKeys;

    @BeforeAll
    void start() {
        server = LocalAuthorizationServer.start(0);
        token = server.tokens().userToken("lhj-a-member");
        internalKeys = server.issuer().replace("localhost", "127.0.0.1") + "/oauth2/jwks";
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void keysFromTheInternalAddressAndTheIssuerCheckedAgainstThePublicOne() {
        services.withPropertyValues(ISSUER_URI + server.issuer(), JWK_SET_URI + internalKeys).run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);
            assertThat(decoder).isNotInstanceOf(SupplierJwtDecoder.class);
            assertThat(decoder.decode(token).getSubject()).isEqualTo("lhj-a-member");
        });
    }

    @Test
    void aTokenWhoseIssuerIsNotTheConfiguredOneIsRefusedThoughItsSignatureVerifies() {
        services.withPropertyValues(ISSUER_URI + "http://localhost:1/realms/accelerator", JWK_SET_URI + internalKeys)
                .run(context -> assertThatThrownBy(() -> context.getBean(JwtDecoder.class).decode(token))
                        .isInstanceOf(JwtValidationException.class).hasMessageContaining("iss"));
    }

    @Test
    void anEmptyKeySetUriCountsAsUnsetAndTheKeysAreDiscoveredFromTheIssuer() {
        services.withPropertyValues(ISSUER_URI + server.issuer(), JWK_SET_URI).run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);
            assertThat(decoder).isInstanceOf(SupplierJwtDecoder.class);
            assertThat(decoder.decode(token).getSubject()).isEqualTo("lhj-a-member");
        });
    }
}
