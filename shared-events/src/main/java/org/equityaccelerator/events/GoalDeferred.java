package org.equityaccelerator.events;

import java.time.LocalDate;

/** The target date moves later; the old one is kept. */
public record GoalDeferred(String participantId, String cohortId, String programId, String goalId, LocalDate oldTargetDate, LocalDate newTargetDate, String reason,
                  LocalDate occurredOn) implements GoalEvent {
}
