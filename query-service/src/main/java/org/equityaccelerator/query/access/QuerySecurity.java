package org.equityaccelerator.query.access;

import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.equityaccelerator.access.web.BoundedBody;
import org.equityaccelerator.access.web.DefaultSecrets;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.equityaccelerator.access.web.ResourceServerChain;
import org.springframework.beans.factory.annotation.Value;
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

/** query-service as an OAuth2 resource server, every read decided by {@link QueryAccessRules}. */
@Configuration(proxyBeanMethods = false)
class QuerySecurity {

    /** The password that ships for local use: refused outside the local profile. */
    static final Map<String, String> LOCAL_SECRETS = Map.of("spring.datasource.password", "accelerator_query");

    /** Before the first migration: a refused start must not have touched the database. */
    @Bean
    FlywayConfigurationCustomizer refuseLocalSecretsBeforeMigrating(Environment environment) {
        return configuration -> DefaultSecrets.refuseOutsideLocal(environment, LOCAL_SECRETS);
    }

    @Bean
    SecurityFilterChain queryAccess(HttpSecurity http, Placements placements, Grants grants, Environment environment,
                                    @Value("${accelerator.access.operator-program:}") String operatorProgram)
            throws Exception {
        DefaultSecrets.refuseOutsideLocal(environment, LOCAL_SECRETS);
        return ResourceServerChain.build(http, QueryAccessRules.rules(operatorProgram), placements, grants,
                Clock.systemUTC(), operatorProgram);
    }

    @Bean
    OpenApiCustomizer bearerToken() {
        return api -> api.components(api.getComponents() == null ? new Components() : api.getComponents())
                .schemaRequirement("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("an access token of the configured OpenID Connect issuer"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Reads carry no body; the bound keeps a stray one from being buffered. */
    @Bean
    FilterRegistrationBean<BoundedBody> boundedBody(@Value("${accelerator.limits.max-body-bytes:16384}") int maxBytes) {
        FilterRegistrationBean<BoundedBody> registration = new FilterRegistrationBean<>(new BoundedBody(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
