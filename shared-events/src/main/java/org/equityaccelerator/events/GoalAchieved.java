package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Achieved on {@code occurredOn}, with at least one piece of evidence (a process change id, a metric observation, a
 * document reference).
 */
public record GoalAchieved(String participantId, String cohortId, String programId, String goalId,
                           List<String> evidence, LocalDate occurredOn) implements GoalEvent {
    public GoalAchieved {
        evidence = List.copyOf(evidence);
    }
}
