package org.equityaccelerator.events;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
            // the payload is bound in the middle of the envelope's token stream
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
        try (JsonParser parser = json.createParser(text)) {
            return decode(parser, text);
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new MalformedEventException("not a CloudEvent of the accelerator contract: " + e.getMessage(), e);
        }
    }

    /**
     * One pass over the text when {@code type} precedes {@code data} (as this codec writes it): the payload is bound
     * straight from the parser. Otherwise the data is buffered as a tree and bound once the type is known.
     */
    private Optional<EventEnvelope> decode(JsonParser parser, String text) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> attributes = new HashMap<>();
        AcceleratorEvent data = null;
        JsonNode bufferedData = null;
        boolean unknownType = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("data")) {
                String type = attributes.get("type");
                if (type == null) {
                    bufferedData = json.readTree(parser);
                } else {
                    Optional<Class<? extends AcceleratorEvent>> dataClass = EventTypes.classOf(type);
                    if (dataClass.isEmpty()) {
                        unknownType = true;
                        parser.skipChildren();
                    } else {
                        data = json.readValue(parser, dataClass.get());
                    }
                }
            } else if (value.isStructStart()) {
                parser.skipChildren(); // an extension this version does not know
            } else if (value != JsonToken.VALUE_NULL) {
                attributes.put(name, parser.getString());
            }
        }
        String type = required(attributes, "type");
        if (unknownType || EventTypes.classOf(type).isEmpty()) {
            return Optional.empty();
        }
        if (data == null && bufferedData != null) {
            data = json.treeToValue(bufferedData, EventTypes.classOf(type).get());
        }
        if (data == null) {
            throw new IllegalArgumentException("missing attribute 'data'");
        }
        return Optional.of(new EventEnvelope(required(attributes, "id"), required(attributes, "source"), type,
                required(attributes, "subject"), Instant.parse(required(attributes, "time")),
                Long.parseLong(required(attributes, "sequence")), LocalDate.parse(required(attributes, "occurredon")),
                attributes.get("actor"), attributes.get("correlationid"), attributes.get("causationid"), data));
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

    private static String required(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing attribute '" + name + "'");
        }
        return value;
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
