package org.equityaccelerator.events;

import java.time.LocalDate;

/** A change of a committed goal's TARGET_DATE or TITLE: the event keeps the old value, nothing is overwritten. */
public record GoalRevised(String participantId, String cohortId, String programId, String goalId, String field, String oldValue, String newValue, String reason,
                  LocalDate occurredOn) implements GoalEvent {
}
