package org.equityaccelerator.access.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Correlation ids stay client-settable (a caller ties its own requests together) but bounded: they travel onto every
 * event and to partners, so they must be short and carry nothing but an opaque token.
 */
public final class CorrelationIds {
    public static final String HEADER = "X-Correlation-Id";
    public static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private CorrelationIds() {
    }

    /** Empty when absent; the value when allowed; otherwise an exception naming the header. */
    public static Optional<String> validated(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(HEADER + " must be 1-64 characters: letters, digits, '.', '_', ':', '-'");
        }
        return Optional.of(value);
    }
}
