package org.equityaccelerator.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A command request that carries an Idempotency-Key: the key counts only for its caller and its endpoint (method and
 * path), and the request's body is kept as a digest to tell a retry from a different request under the same key.
 */
record KeyedRequest(String scope, String key, String caller, String endpoint, String bodyDigest) {

    static KeyedRequest of(String caller, String endpoint, String key, String bodyDigest) {
        return new KeyedRequest(sha256(caller + '\n' + endpoint), key, caller, endpoint, bodyDigest);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
