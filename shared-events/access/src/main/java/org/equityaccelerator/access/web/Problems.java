package org.equityaccelerator.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 400, 401 and 403 raised before a controller is reached, as RFC 9457 problem+json like every other refusal, and
 * logged as one line without a stack trace (the caller's mistake, not the service's), the path cut short.
 */
public final class Problems {
    public static final String TYPES = "https://equityaccelerator.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final int ECHOED = 64;

    private Problems() {
    }

    /** 401 with the Bearer challenge (and why the token was refused, if one was sent). */
    public static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, ex) -> {
            challenge.commence(request, response, ex);
            logRefusal(request, 401, detail(ex));
            write(response, 401, "unauthenticated", "Unauthenticated", detail(ex), null);
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> {
            logRefusal(request, 403, FORBIDDEN);
            write(response, 403, "forbidden", "Forbidden", FORBIDDEN, null);
        };
    }

    public static void invalidInput(HttpServletResponse response, String field, String message) throws IOException {
        write(response, 400, "invalid-input", "Invalid input", "invalid field(s): " + field, new String[]{field, message});
    }

    private static final String FORBIDDEN =
            "no grant of the caller covers this request's target (or the target does not exist)";

    public static void invalidInput(HttpServletRequest request, HttpServletResponse response, String field,
                                    String message) throws IOException {
        logRefusal(request, 400, "invalid field(s): " + field);
        invalidInput(response, field, message);
    }

    private static void logRefusal(HttpServletRequest request, int status, String detail) {
        String path = request.getRequestURI();
        log.info("refused {} {} {}: {}", status, request.getMethod(),
                path.length() <= ECHOED ? path : path.substring(0, ECHOED) + "...", detail);
    }

    private static String detail(AuthenticationException ex) {
        return ex.getMessage() != null && ex.getMessage().toLowerCase().contains("jwt")
                ? "the bearer token is not valid: expired, not signed by the configured issuer, or malformed"
                : "a bearer token from the configured OpenID Connect issuer is required";
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail,
                              String[] fieldError) throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        StringBuilder json = new StringBuilder().append("{\"type\":\"").append(TYPES).append(type)
                .append("\",\"title\":\"").append(title).append("\",\"status\":").append(status)
                .append(",\"detail\":\"").append(escape(detail)).append('"');
        if (fieldError != null) {
            json.append(",\"errors\":[{\"field\":\"").append(escape(fieldError[0])).append("\",\"message\":\"")
                    .append(escape(fieldError[1])).append("\"}]");
        }
        response.getOutputStream().write(json.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
