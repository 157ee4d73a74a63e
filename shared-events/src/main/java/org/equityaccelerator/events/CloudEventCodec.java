package org.equityaccelerator.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * CloudEvents 1.0, structured JSON mode (content type {@value #CONTENT_TYPE}). Extension attributes, all lower-case
 * as the spec requires: {@code sequence} (string, as in the CloudEvents sequence extension), {@code occurredon},
 * {@code actor}, {@code correlationid}, {@code causationid}.
 */
public final class CloudEventCodec {
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // additive contract: a newer producer may add fields this consumer does not know yet
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String encode(EventEnvelope e) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", e.id());
        node.put("source", e.source());
        node.put("type", e.type());
        node.put("subject", e.subject());
        node.put("time", e.time().toString());
        node.put("datacontenttype", "application/json");
        node.put("sequence", Long.toString(e.sequence()));
        node.put("occurredon", e.occurredOn().toString());
        putIfPresent(node, "actor", e.actor());
        putIfPresent(node, "correlationid", e.correlationId());
        putIfPresent(node, "causationid", e.causationId());
        node.set("data", json.valueToTree(e.data()));
        return json.writeValueAsString(node);
    }

    /**
     * Decodes one CloudEvent. Empty when the type is not one this version knows (skip it, do not fail).
     *
     * @throws MalformedEventException when the text is not a CloudEvent of this contract
     */
    public Optional<EventEnvelope> decode(String text) {
        try {
            JsonNode node = json.readTree(text);
            String type = required(node, "type");
            Optional<Class<? extends AcceleratorEvent>> dataClass = EventTypes.classOf(type);
            if (dataClass.isEmpty()) {
                return Optional.empty();
            }
            AcceleratorEvent data = json.treeToValue(node.required("data"), dataClass.get());
            return Optional.of(new EventEnvelope(required(node, "id"), required(node, "source"), type,
                    required(node, "subject"), Instant.parse(required(node, "time")),
                    Long.parseLong(required(node, "sequence")), LocalDate.parse(required(node, "occurredon")),
                    optional(node, "actor"), optional(node, "correlationid"), optional(node, "causationid"), data));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new MalformedEventException("not a CloudEvent of the accelerator contract: " + e.getMessage(), e);
        }
    }

    /** The payload alone, as the {@code data} member is written. */
    public String encodeData(AcceleratorEvent data) {
        return json.writeValueAsString(data);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing attribute '" + name + "'");
        }
        return value.asString();
    }

    private static String optional(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
