package org.equityaccelerator.access.web;

import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placements;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The filter chain of a service as an OAuth2 resource server: JWTs from the configured issuer, the service's rule
 * table decided on grants, default-deny for everything else; health probes and the API documents are open,
 * Prometheus needs a valid token. With a separate management port, that port answers health, info and Prometheus
 * without a token (it is reachable only inside the cluster, never published) and denies everything else; the API
 * port keeps its rules. Stateless: no session, no cookie, so no CSRF surface.
 */
public final class ResourceServerChain {
    private ResourceServerChain() {
    }

    public static SecurityFilterChain build(HttpSecurity http, List<AccessRule> rules, Placements placements,
                                            Grants grants, Clock clock, String operatorProgram) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { }).authenticationEntryPoint(Problems.unauthenticated()))
                .exceptionHandling(e -> e.authenticationEntryPoint(Problems.unauthenticated())
                        .accessDeniedHandler(Problems.forbidden()))
                .authorizeHttpRequests(requests -> {
                    RequestMatcher management = new ManagementServer();
                    requests.requestMatchers(new AndRequestMatcher(management, paths("/actuator/health",
                            "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error"))).permitAll();
                    requests.requestMatchers(management).denyAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/livez",
                            "/readyz", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                            .permitAll();
                    requests.requestMatchers("/actuator/prometheus").authenticated();
                    for (AccessRule rule : rules) {
                        requests.requestMatchers(matcher(rule))
                                .access(new GrantDecision(rule, placements, grants, clock, operatorProgram));
                    }
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
    }

    static RequestMatcher matcher(AccessRule rule) {
        RequestMatcher path = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
        if (rule.whenParameter() == null) {
            return path;
        }
        return new RequestMatcher() {
            @Override
            public boolean matches(jakarta.servlet.http.HttpServletRequest request) {
                return path.matches(request) && request.getParameter(rule.whenParameter()) != null;
            }

            @Override
            public MatchResult matcher(jakarta.servlet.http.HttpServletRequest request) {
                return matches(request) ? path.matcher(request) : MatchResult.notMatch();
            }
        };
    }
}
