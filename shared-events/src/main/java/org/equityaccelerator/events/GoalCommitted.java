package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

public record GoalCommitted(String participantId, String cohortId, String programId, String goalId, String title,
                            LocalDate targetDate, List<String> successCriteria, String ownerRole,
                            LocalDate occurredOn) implements GoalEvent {
    public GoalCommitted {
        successCriteria = List.copyOf(successCriteria);
    }
}
