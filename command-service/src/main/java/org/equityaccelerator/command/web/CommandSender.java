package org.equityaccelerator.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.equityaccelerator.access.web.CorrelationIds;
import org.equityaccelerator.command.axon.CommandMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sends a command on behalf of an HTTP caller: adds who sent it and the correlation id to its metadata (Axon copies
 * both onto the events), waits for the events to be committed, and times it per command type and outcome
 * ({@code accelerator.commands}).
 */
@Component
public class CommandSender {
    public static final String CORRELATION_HEADER = CorrelationIds.HEADER;
    /** Actors are pseudonymous references; an e-mail address or a name with spaces would put personal data in events. */
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,99}");

    private final CommandGateway gateway;
    private final MeterRegistry meters;

    CommandSender(CommandGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    /**
     * Sends on behalf of the current HTTP request: the actor is the subject of the caller's token; X-Correlation-Id
     * is optional and bounded.
     */
    public <R> R send(Object command) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String correlationId;
        try {
            correlationId = CorrelationIds.validated(request.getHeader(CORRELATION_HEADER)).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new InvalidHeader(CORRELATION_HEADER, e.getMessage());
        }
        return send(command, Caller.of(request), correlationId);
    }

    public <R> R send(Object command, String actor, String correlationId) {
        if (actor != null && !ACTOR.matcher(actor).matches()) {
            throw new InvalidHeader("actor", "must be a pseudonymous reference (letters, digits, ':', '.', '_', '-'),"
                    + " not an e-mail address or a name");
        }
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(CommandMetadata.ACTOR, actor == null ? "anonymous" : actor);
        if (correlationId != null && !correlationId.isBlank()) {
            metadata.put(CommandMetadata.TRACE_ID, correlationId);
        }
        Timer.Sample sample = Timer.start(meters);
        String outcome = "rejected";
        try {
            R result = gateway.sendAndWait(new GenericCommandMessage<>(command, MetaData.from(metadata)));
            outcome = "accepted";
            return result;
        } finally {
            sample.stop(Timer.builder("accelerator.commands")
                    .description("commands handled over HTTP, until their events are committed")
                    .tag("type", command.getClass().getSimpleName())
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    /** A request header with a bad value (answered 400). */
    public static class InvalidHeader extends RuntimeException {
        private final String header;

        InvalidHeader(String header, String message) {
            super(message);
            this.header = header;
        }

        public String header() {
            return header;
        }
    }
}
