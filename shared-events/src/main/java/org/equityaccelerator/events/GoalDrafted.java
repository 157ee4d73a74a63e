package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/** A goal written down but not yet committed to (no success criteria yet). */
public record GoalDrafted(String participantId, String cohortId, String programId, String goalId, String title, List<String> tags,
                  LocalDate occurredOn) implements GoalEvent {
    public GoalDrafted {
        tags = List.copyOf(tags);
    }
}
