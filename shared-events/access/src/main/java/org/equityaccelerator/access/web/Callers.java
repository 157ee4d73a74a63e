package org.equityaccelerator.access.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who calls: the token's principal claim ({@code sub} unless {@code spring.security.oauth2.resourceserver.jwt.
 * principal-claim-name} says otherwise), a pseudonymous reference that becomes the actor of the events it causes.
 */
public final class Callers {
    /** The same shape as every other pseudonymous reference: no e-mail address, no name with spaces. */
    public static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,99}");

    private Callers() {
    }

    public static Optional<String> subject(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.isAuthenticated()) {
            String sub = jwt.getName();
            return sub != null && SUBJECT.matcher(sub).matches() ? Optional.of(sub) : Optional.empty();
        }
        return Optional.empty();
    }
}
