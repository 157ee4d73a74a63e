package org.equityaccelerator.command.rules;

/** The command names a program, cohort or participant that does not exist (answered 404). */
public class UnknownTarget extends RuntimeException {
    private final String field;

    public UnknownTarget(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
