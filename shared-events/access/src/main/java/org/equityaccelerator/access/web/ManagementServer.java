package org.equityaccelerator.access.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Requests that reached the separate management server ({@code management.server.port}, env MANAGEMENT_PORT).
 * Spring Boot serves the actuator there from a child context whose filter chain is the service's own
 * ({@code ServletManagementChildContextConfiguration} registers the parent's {@code springSecurityFilterChain}), so
 * one chain decides both ports and has to tell them apart. The child's embedded server has a servlet context of its
 * own whose web application context carries the server namespace "management": this holds for a random port (0) too,
 * and never matches when the actuator shares the API's port (no child, no namespace).
 */
final class ManagementServer implements RequestMatcher {
    static final String NAMESPACE = "management";

    @Override
    public boolean matches(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), NAMESPACE);
    }
}
