package org.equityaccelerator.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.equityaccelerator.access.web.Callers;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * Who sends a request, in one place: the actor recorded on events and the scope of idempotency keys both come from
 * here. The subject of the caller's bearer token; without one (only while enforcement is off, issue 9) X-Actor.
 */
public final class Caller {
    public static final String ANONYMOUS = "anonymous";

    private Caller() {
    }

    public static String of(HttpServletRequest request) {
        Optional<String> subject = Callers.subject(SecurityContextHolder.getContext().getAuthentication());
        if (subject.isPresent()) {
            return subject.get();
        }
        String actor = request.getHeader(CommandSender.ACTOR_HEADER);
        return actor == null ? ANONYMOUS : actor;
    }
}
