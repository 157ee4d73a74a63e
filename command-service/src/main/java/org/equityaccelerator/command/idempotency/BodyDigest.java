package org.equityaccelerator.command.idempotency;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digest that decides whether a retry is "the same body": JSON is compared by content (property order and
 * whitespace do not matter), anything else byte for byte.
 */
final class BodyDigest {
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private BodyDigest() {
    }

    static String of(byte[] body) {
        try {
            JsonNode tree = CANONICAL.readTree(body);
            return KeyedRequest.sha256(CANONICAL.writeValueAsBytes(tree));
        } catch (JacksonException notJson) {
            return KeyedRequest.sha256(body);
        }
    }
}
