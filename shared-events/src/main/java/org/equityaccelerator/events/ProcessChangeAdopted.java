package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * A proposed change is adopted on {@code occurredOn} by an {@code authority}: DEPARTMENT_POLICY, BOARD_ACTION,
 * ADMIN_DIRECTIVE or STATE_LAW.
 */
public record ProcessChangeAdopted(String participantId, String cohortId, String programId, String processChangeId,
                                   String authority, String evidenceRef, LocalDate occurredOn)
        implements ProcessChangeEvent {
}
