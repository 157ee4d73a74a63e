package org.equityaccelerator.command.access;

import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.access.web.BoundedBody;
import org.equityaccelerator.access.web.DefaultSecrets;
import org.equityaccelerator.access.web.ResourceServerChain;
import org.springframework.beans.factory.annotation.Value;
import org.equityaccelerator.command.web.DatabaseOutageFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.util.Map;

/** command-service as an OAuth2 resource server, every request decided by {@link CommandAccessRules}. */
@Configuration(proxyBeanMethods = false)
class CommandSecurity {
    /** The passwords that ship for local use: refused outside the local profile. */
    static final Map<String, String> LOCAL_SECRETS = Map.of("spring.datasource.password", "accelerator_app",
            "accelerator.history.password", "accelerator_auditor", "spring.flyway.password", "postgres");

    /** Before the first migration: a refused start must not have created the login roles with these passwords. */
    @Bean
    FlywayConfigurationCustomizer refuseLocalSecretsBeforeMigrating(Environment environment) {
        return configuration -> DefaultSecrets.refuseOutsideLocal(environment, LOCAL_SECRETS);
    }

    @Bean
    SecurityFilterChain commandAccess(HttpSecurity http, Placements placements, Grants grants, AccessSettings settings,
                                      Environment environment) throws Exception {
        DefaultSecrets.refuseOutsideLocal(environment, LOCAL_SECRETS);
        return ResourceServerChain.build(http, CommandAccessRules.rules(settings.operatorProgram()), placements,
                grants, Clock.systemUTC(), settings.operatorProgram());
    }

    /** Before security: an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<BoundedBody> boundedBody(@Value("${accelerator.limits.max-body-bytes:131072}") int maxBytes) {
        FilterRegistrationBean<BoundedBody> registration = new FilterRegistrationBean<>(new BoundedBody(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Before security too: an outage met while deciding a request (grants come from the store) answers 503. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutage() {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
