package org.equityaccelerator.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Runs before Spring Security: deciding a request reads the caller's grants from the event store, so a database
 * outage can surface in the authorization filter, outside Spring MVC where {@link ProblemResponses} answers. Here it
 * gets the same answer as in a controller: 503 problem+json with Retry-After, never a 500.
 */
public final class DatabaseOutageFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseOutage.explains(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("request refused, database unavailable: {}", DatabaseOutage.rootMessage(e));
            response.resetBuffer();
            DatabaseOutage.answer(response, "the event store cannot be reached; nothing was recorded, retry later");
        }
    }
}
