package org.equityaccelerator.query.access;

import org.equityaccelerator.access.Grants;
import org.equityaccelerator.access.Placements;
import org.equityaccelerator.access.web.BoundedBody;
import org.equityaccelerator.access.web.ResourceServerChain;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/** query-service as an OAuth2 resource server, every read decided by {@link QueryAccessRules}. */
@Configuration(proxyBeanMethods = false)
class QuerySecurity {

    @Bean
    SecurityFilterChain queryAccess(HttpSecurity http, Placements placements, Grants grants,
                                    @Value("${accelerator.security.enforce:false}") boolean enforce,
                                    @Value("${accelerator.access.operator-program:}") String operatorProgram)
            throws Exception {
        return enforce
                ? ResourceServerChain.build(http, QueryAccessRules.rules(operatorProgram), placements, grants,
                        Clock.systemUTC())
                : ResourceServerChain.open(http);
    }

    /** Reads carry no body; the bound keeps a stray one from being buffered. */
    @Bean
    FilterRegistrationBean<BoundedBody> boundedBody(@Value("${accelerator.limits.max-body-bytes:16384}") int maxBytes) {
        FilterRegistrationBean<BoundedBody> registration = new FilterRegistrationBean<>(new BoundedBody(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
