package org.equityaccelerator.events;

import java.time.LocalDate;

/** An achieved or abandoned goal is back in progress. */
public record GoalReopened(String participantId, String cohortId, String programId, String goalId, String reason,
                  LocalDate occurredOn) implements GoalEvent {
}
