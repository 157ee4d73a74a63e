package org.equityaccelerator.access;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A grant event as it travels on the internal access topic ({@code accelerator.access}, key = program id): what
 * query-service needs to decide reads, never on the partner topic. Plain JSON, not a CloudEvent: nobody outside the
 * product reads it.
 */
public record GrantRecord(String eventId, long sequence, Instant recordedAt, String actor, GrantEvent event) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", eventId);
        node.put("type", event.getClass().getSimpleName());
        node.put("sequence", sequence);
        node.put("recordedAt", recordedAt.toString());
        node.put("actor", actor);
        node.put("programId", event.programId());
        node.put("subject", event.subject());
        node.put("role", event.role().name());
        node.put("scopeId", event.scopeId());
        return JSON.writeValueAsString(node);
    }

    public static GrantRecord fromJson(String json) {
        JsonNode node = JSON.readTree(json);
        String programId = node.get("programId").asString();
        String subject = node.get("subject").asString();
        Role role = Role.valueOf(node.get("role").asString());
        String scopeId = node.get("scopeId").asString();
        GrantEvent event = switch (node.get("type").asString()) {
            case "RoleGranted" -> new RoleGranted(programId, subject, role, scopeId);
            case "RoleRevoked" -> new RoleRevoked(programId, subject, role, scopeId);
            default -> throw new IllegalArgumentException("not a grant event: " + node.get("type"));
        };
        return new GrantRecord(node.get("id").asString(), node.get("sequence").asLong(),
                Instant.parse(node.get("recordedAt").asString()), node.path("actor").asString(null), event);
    }
}
