package org.equityaccelerator.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.equityaccelerator.access.web.CorrelationIds;
import org.equityaccelerator.command.idempotency.IdempotencyFilter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the bearer token every request needs (the actor is its subject), and on every command the correlation
 * header {@link CommandSender} reads and the Idempotency-Key that {@link IdempotencyFilter} honours.
 */
@Configuration(proxyBeanMethods = false)
class CommandHeaders {

    @Bean
    OpenApiCustomizer bearerToken() {
        return api -> api.components(api.getComponents() == null ? new Components() : api.getComponents())
                .schemaRequirement("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("an access token of the configured OpenID Connect issuer; "
                                + "its subject is recorded as the actor"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer correlationAndIdempotencyHeaders() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(CommandSender.CORRELATION_HEADER)
                        .required(false).description("correlation id carried onto the events (CloudEvents "
                                + "correlationid): 1-64 characters of letters, digits, '.', '_', ':', '-'")
                        .schema(new StringSchema().pattern(CorrelationIds.ALLOWED.pattern()).maxLength(64)));
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .description("makes a retry safe: the same key with the same body (for the same caller and"
                                + " path) answers the original response again, with header "
                                + IdempotencyFilter.REPLAYED_HEADER + ": true, and records nothing new; the same"
                                + " key with another body answers 422. Kept with the events, so it holds across"
                                + " restarts. A refused request (4xx) keeps no key.")
                        .schema(new StringSchema().pattern(IdempotencyFilter.KEY_PATTERN).maxLength(255)
                                .example("5f0c6a52-8d1e-4c3b-9a0f-2b7e3c1d4e5f")));
                operation.getResponses().addApiResponse("422", new ApiResponse().description("the "
                        + IdempotencyFilter.HEADER + " was already used with another body (problem+json)"));
            }
            return operation;
        };
    }
}
