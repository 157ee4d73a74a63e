package org.equityaccelerator.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.equityaccelerator.command.idempotency.IdempotencyFilter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents, on every command, the two headers {@link CommandSender} reads from the request and the Idempotency-Key
 * that {@link IdempotencyFilter} honours.
 */
@Configuration(proxyBeanMethods = false)
class CommandHeaders {

    @Bean
    OperationCustomizer actorAndCorrelationHeaders() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(CommandSender.ACTOR_HEADER).required(false)
                        .description("pseudonymous reference of who sends the command, e.g. user:pha-admin-1")
                        .schema(new StringSchema()));
                operation.addParametersItem(new HeaderParameter().name(CommandSender.CORRELATION_HEADER)
                        .required(false).description("correlation id carried onto the events (CloudEvents correlationid)")
                        .schema(new StringSchema()));
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
