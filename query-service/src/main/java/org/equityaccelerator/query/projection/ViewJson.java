package org.equityaccelerator.query.projection;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of views, for storage and comparison: map keys sorted, so that the same view always serialises
 * to the same text whatever the order in which its maps were filled; null fields left out (a view has many while a
 * participant is young, and a rebuild writes every document), which reads back as null.
 */
public final class ViewJson {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ViewJson() {
    }

    public static String write(Object view) {
        return JSON.writeValueAsString(view);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
