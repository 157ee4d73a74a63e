package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A program and its configuration. v1.1 (additive): {@code processChangeTypes} (the program's process-change taxonomy;
 * absent = any type) and {@code frameworkTags} (the tags its goals may carry, e.g. HIP categories or HAN pillars;
 * absent = any tag).
 */
public record ProgramRegistered(String programId, String name, String convener, List<String> focusAreas,
                                List<String> participantOrgTypes, LocalDate occurredOn,
                                List<String> processChangeTypes, List<String> frameworkTags)
        implements AcceleratorEvent {
    public ProgramRegistered {
        focusAreas = List.copyOf(focusAreas);
        participantOrgTypes = List.copyOf(participantOrgTypes);
        processChangeTypes = processChangeTypes == null ? null : List.copyOf(processChangeTypes);
        frameworkTags = frameworkTags == null ? null : List.copyOf(frameworkTags);
    }

    /** The v1.0 shape. */
    public ProgramRegistered(String programId, String name, String convener, List<String> focusAreas,
                             List<String> participantOrgTypes, LocalDate occurredOn) {
        this(programId, name, convener, focusAreas, participantOrgTypes, occurredOn, null, null);
    }

    @Override public String aggregateId() { return programId; }
    @Override public String cohortId() { return null; }
}
