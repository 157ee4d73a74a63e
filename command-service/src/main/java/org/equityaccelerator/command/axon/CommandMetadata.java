package org.equityaccelerator.command.axon;

/** Metadata keys set on every command and copied onto the events it causes. */
public final class CommandMetadata {
    /** Pseudonymous reference of who sent the command (the subject of the caller's token). */
    public static final String ACTOR = "actor";
    /** Axon's name for the root of a causal chain, i.e. the CloudEvents correlation id. */
    public static final String TRACE_ID = "traceId";
    /** Axon's name for the direct cause (the command's message id), i.e. the CloudEvents causation id. */
    public static final String CORRELATION_ID = "correlationId";

    private CommandMetadata() {
    }
}
