package org.equityaccelerator.events;

import java.time.LocalDate;

/** An implemented or institutionalized change is withdrawn on {@code occurredOn}. */
public record ProcessChangeRolledBack(String participantId, String cohortId, String programId,
                                      String processChangeId, String reason, LocalDate occurredOn)
        implements ProcessChangeEvent {
}
