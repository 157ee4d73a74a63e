package org.equityaccelerator.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Documents, on every command, the two headers {@link CommandSender} reads from the request. */
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
            }
            return operation;
        };
    }
}
