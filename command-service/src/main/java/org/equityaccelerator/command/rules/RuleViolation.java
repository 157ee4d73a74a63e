package org.equityaccelerator.command.rules;

/**
 * A command that is well formed but breaks a business invariant given the current state (answered 409). Nothing is
 * appended. {@code field} names the input that conflicts, when there is one.
 */
public class RuleViolation extends RuntimeException {
    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
