package org.equityaccelerator.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.equityaccelerator.access.web.Callers;
import org.springframework.security.core.context.SecurityContextHolder;


/**
 * Who sends a request, in one place: the actor recorded on events and the scope of idempotency keys both come from
 * here: the subject of the caller's bearer token (every request needs one).
 */
public final class Caller {
    public static final String ANONYMOUS = "anonymous";

    private Caller() {
    }

    public static String of(HttpServletRequest request) {
        return Callers.subject(SecurityContextHolder.getContext().getAuthentication()).orElse(ANONYMOUS);
    }
}
