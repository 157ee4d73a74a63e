package org.equityaccelerator.events;

import java.time.LocalDate;

public record GoalAbandoned(String participantId, String cohortId, String programId, String goalId, String reason,
                  LocalDate occurredOn) implements GoalEvent {
}
