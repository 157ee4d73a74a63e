package org.equityaccelerator.infra.identity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets real access tokens from an OIDC provider the way its clients do: a person signs in through the authorization
 * code flow with PKCE (this client drives the login form over HTTP, keeping cookies like a browser), a partner system
 * uses client credentials. Tokens are cached per subject until shortly before they expire.
 */
public final class TokenClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String issuer;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public TokenClient(String issuer) {
        this.issuer = issuer;
    }

    /** An access token for a demo user (password {@link DemoIdentities#PASSWORD}), via the public CLI client. */
    public String userToken(String username) {
        return userToken(username, DemoIdentities.PASSWORD);
    }

    public String userToken(String username, String password) {
        return cache.compute("user:" + username, (k, cached) -> cached != null && cached.fresh() ? cached
                : authorizationCodeWithPkce(username, password)).value();
    }

    /** An access token of a client (client credentials grant); its subject is the client id. */
    public String clientToken(String clientId, String secret) {
        return cache.compute("client:" + clientId, (k, cached) -> cached != null && cached.fresh() ? cached
                : clientCredentials(clientId, secret)).value();
    }

    public String partnerToken() {
        return clientToken(DemoIdentities.PARTNER_CLIENT, DemoIdentities.PARTNER_SECRET);
    }

    private Token authorizationCodeWithPkce(String username, String password) {
        // a fresh cookie jar per sign-in: one browser session per person
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", DemoIdentities.CLI_CLIENT, "redirect_uri", DemoIdentities.CLI_REDIRECT,
                "scope", "openid", "state", state, "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = send(browser, get(authorize));
        expectRedirect(toLogin, "/login");
        HttpResponse<String> loginPage = send(browser, get(issuer + "/login"));
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page of " + issuer);
        }
        HttpResponse<String> loggedIn = send(browser, post(issuer + "/login", form(Map.of("username", username,
                "password", password, "_csrf", csrf.group(1))), null));
        String resume = expectRedirect(loggedIn, "/oauth2/authorize");
        HttpResponse<String> withCode = send(browser, get(resume.startsWith("http") ? resume : issuer + resume));
        URI callback = URI.create(expectRedirect(withCode, DemoIdentities.CLI_REDIRECT));
        Map<String, String> query = parse(callback.getRawQuery());
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new IllegalStateException("authorization answered without code or with another state: " + callback);
        }
        return tokenRequest(browser, form(Map.of("grant_type", "authorization_code", "code", query.get("code"),
                "redirect_uri", DemoIdentities.CLI_REDIRECT, "client_id", DemoIdentities.CLI_CLIENT,
                "code_verifier", verifier)), null);
    }

    private Token clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return tokenRequest(HttpClient.newHttpClient(), form(Map.of("grant_type", "client_credentials",
                "scope", "accelerator.read")), "Basic " + basic);
    }

    private Token tokenRequest(HttpClient client, String body, String authorization) {
        HttpResponse<String> response = send(client, post(issuer + "/oauth2/token", body, authorization));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode token = JSON.readTree(response.body());
        long expiresIn = token.path("expires_in").asLong(60);
        return new Token(token.get("access_token").asString(), System.nanoTime() + (expiresIn - 30) * 1_000_000_000L);
    }

    private static String expectRedirect(HttpResponse<String> response, String to) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 != 3 || !location.contains(to)) {
            throw new IllegalStateException("expected a redirect to " + to + ", got " + response.statusCode() + " "
                    + location + " " + response.body());
        }
        return location;
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest post(String uri, String form, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        new LinkedHashMap<>(fields).forEach((k, v) -> out.append(out.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, long freshUntilNanos) {
        boolean fresh() {
            return System.nanoTime() < freshUntilNanos;
        }
    }
}
