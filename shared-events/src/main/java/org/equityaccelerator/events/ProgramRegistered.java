package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

public record ProgramRegistered(String programId, String name, String convener, List<String> focusAreas,
                                List<String> participantOrgTypes, LocalDate occurredOn) implements AcceleratorEvent {
    public ProgramRegistered {
        focusAreas = List.copyOf(focusAreas);
        participantOrgTypes = List.copyOf(participantOrgTypes);
    }

    @Override public String aggregateId() { return programId; }
    @Override public String cohortId() { return null; }
}
