package org.equityaccelerator.command.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sends a request, in one place: the actor recorded on events and the scope of idempotency keys both come from
 * here. Today the X-Actor header; when the caller comes from a token's subject, only this class changes.
 */
public final class Caller {
    public static final String ANONYMOUS = "anonymous";

    private Caller() {
    }

    public static String of(HttpServletRequest request) {
        String actor = request.getHeader(CommandSender.ACTOR_HEADER);
        return actor == null ? ANONYMOUS : actor;
    }
}
