package org.equityaccelerator.command.rules;

/**
 * Input that can only be judged against configuration the aggregate holds (e.g. a group a metric does not declare)
 * and is wrong whatever happens next, unlike a {@link RuleViolation}, which conflicts with the current state. Answered
 * 400 naming {@code field}; nothing is appended.
 */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
