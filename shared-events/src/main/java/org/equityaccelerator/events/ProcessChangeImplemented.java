package org.equityaccelerator.events;

import java.time.LocalDate;

/** An adopted change takes effect on {@code effectiveDate} (its business date), within {@code scopeDetail}. */
public record ProcessChangeImplemented(String participantId, String cohortId, String programId,
                                       String processChangeId, LocalDate effectiveDate, String scopeDetail,
                                       LocalDate occurredOn) implements ProcessChangeEvent {
}
