package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A check-in on a goal: {@code status} ON_TRACK, AT_RISK or OFF_TRACK, {@code confidence} 1-10, an optional progress
 * percentage. The first one moves a committed goal to in progress.
 */
public record GoalProgressReported(String participantId, String cohortId, String programId, String goalId,
                                   LocalDate asOf, String status, int confidence, Integer progressPct, String note,
                                   LocalDate occurredOn) implements GoalEvent {
}
