package org.equityaccelerator.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs before Spring Security: deciding a request reads the caller's grants from the event store, so a database
 * outage can surface in the authorization filter, outside Spring MVC where {@link ProblemResponses} answers. Here it
 * gets the same answer as in a controller: 503 problem+json with Retry-After, never a 500.
 */
public final class DatabaseOutageFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            response.setContentType("application/problem+json");
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://equityaccelerator.org/problems/database-unavailable");
            problem.put("title", "Database unavailable");
            problem.put("status", 503);
            problem.put("detail", "the event store cannot be reached; nothing was recorded, retry later");
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        }
    }
}
