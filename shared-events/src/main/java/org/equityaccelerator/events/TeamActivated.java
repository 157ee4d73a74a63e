package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/** The change team meets the cohort's rules (size bounds, required roles) and starts its work. */
public record TeamActivated(String participantId, String cohortId, String programId, int size,
                            List<String> rolesCovered, LocalDate occurredOn) implements ParticipantEvent {
    public TeamActivated {
        rolesCovered = List.copyOf(rolesCovered);
    }
}
