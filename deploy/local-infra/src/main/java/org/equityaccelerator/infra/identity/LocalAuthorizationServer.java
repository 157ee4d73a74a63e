package org.equityaccelerator.infra.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider for the local stack and the tests: Spring Authorization Server, in this JVM, on its
 * own port, with the {@link DemoIdentities demo users and clients}. Tokens are signed JWTs (a fresh RSA key per start);
 * the services validate them as resource servers exactly as they would tokens of Keycloak or any other issuer.
 */
public final class LocalAuthorizationServer implements AutoCloseable {
    private static LocalAuthorizationServer shared;
    private final ConfigurableApplicationContext context;

    private LocalAuthorizationServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** On its own, for a dashboard or a client under development: {@code LocalAuthorizationServer [port]} (8090). */
    public static void main(String[] args) {
        LocalAuthorizationServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 8090);
        System.out.println("OpenID Connect provider " + server.issuer() + " (demo users " + DemoIdentities.USERS
                + ", password " + DemoIdentities.PASSWORD + ")");
    }

    /** One provider per JVM, on a free port, stopped with the JVM (tests share it, as they share LocalInfra). */
    public static synchronized LocalAuthorizationServer shared() {
        if (shared == null) {
            shared = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-issuer-shutdown"));
        }
        return shared;
    }

    /** Starts on the port (0 = a free one). The issuer is {@code http://localhost:<port>}. */
    public static LocalAuthorizationServer start(int port) {
        return start(port, Map.of());
    }

    /**
     * Starts with people of the local stack's operator next to the demo users ({@code deploy/local/run --user=NAME}):
     * username -> password. The username is the token's {@code sub}; like the demo users they may do nothing until a
     * program admin grants them a role.
     */
    public static LocalAuthorizationServer start(int port, Map<String, String> addedUsers) {
        AddedUsers added = new AddedUsers(addedUsers);
        int chosen = port == 0 ? org.equityaccelerator.infra.Ports.free() : port;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Config.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("addedUsers", added))
                .properties("spring.config.name=local-authorization-server", "server.port=" + chosen,
                        "spring.main.banner-mode=off", "spring.jmx.enabled=false",
                        "accelerator.issuer=http://localhost:" + chosen)
                .run();
        return new LocalAuthorizationServer(context);
    }

    /** The issuer URI to configure in the services ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). */
    public String issuer() {
        return context.getEnvironment().getProperty("accelerator.issuer");
    }

    public TokenClient tokens() {
        return new TokenClient(issuer());
    }

    @Override
    public void close() {
        context.close();
    }

    /** People added at start: username -> password (local use only: kept in memory, given again at each start). */
    record AddedUsers(Map<String, String> passwords) {
        AddedUsers {
            passwords = Map.copyOf(passwords);
            passwords.forEach((username, password) -> {
                if (DemoIdentities.USERS.contains(username) || DemoIdentities.PARTNER_CLIENT.equals(username)) {
                    throw new IllegalArgumentException("user " + username + " exists already (a demo identity)");
                }
                if (!DemoIdentities.USERNAME.matcher(username).matches()) {
                    throw new IllegalArgumentException("user " + username + " is not a pseudonymous reference "
                            + "(letters, digits and . _ - : no e-mail address, no name with spaces)");
                }
                if (password.isBlank()) {
                    throw new IllegalArgumentException("user " + username + " needs a password");
                }
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
            org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
            org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
            org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class})
    static class Config {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // a browser (or the test client asking for HTML) is sent to the login form
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService demoUsers(AddedUsers added) {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            for (String username : DemoIdentities.USERS) {
                users.createUser(User.withUsername(username).password("{noop}" + DemoIdentities.PASSWORD)
                        .roles("USER").build());
            }
            added.passwords().forEach((username, password) -> users.createUser(
                    User.withUsername(username).password("{noop}" + password).roles("USER").build()));
            return users;
        }

        @Bean
        org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService authorizations() {
            return new SynchronizedAuthorizations();
        }

        @Bean
        RegisteredClientRepository demoClients() {
            TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build();
            RegisteredClient partner = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(DemoIdentities.PARTNER_CLIENT).clientSecret("{noop}" + DemoIdentities.PARTNER_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("accelerator.read").tokenSettings(tokens).build();
            RegisteredClient dashboard = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(DemoIdentities.DASHBOARD_CLIENT).clientSecret("{noop}" + DemoIdentities.DASHBOARD_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(DemoIdentities.DASHBOARD_REDIRECT)
                    .postLogoutRedirectUri("http://localhost:8082/")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens).build();
            RegisteredClient cli = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(DemoIdentities.CLI_CLIENT)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(DemoIdentities.CLI_REDIRECT)
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens).build();
            return new InMemoryRegisteredClientRepository(partner, dashboard, cli);
        }

        @Bean
        AuthorizationServerSettings settings(Environment environment) {
            return AuthorizationServerSettings.builder().issuer(environment.getProperty("accelerator.issuer")).build();
        }

        /** One signing key per start: tokens of an earlier run are not valid against this one. */
        private final KeyPair pair = rsaKeyPair();

        @Bean
        JWKSource<SecurityContext> signingKey() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the OIDC userinfo endpoint, which reads the token it is shown. */
        @Bean
        JwtDecoder userInfoTokens() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
        }

        private static KeyPair rsaKeyPair() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
