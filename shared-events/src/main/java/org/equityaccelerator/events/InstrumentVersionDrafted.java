package org.equityaccelerator.events;

import java.time.LocalDate;

/** A new draft version of an assessment instrument; {@code title} says what it is (e.g. that it is a placeholder). */
public record InstrumentVersionDrafted(String programId, String instrumentId, String version, String title,
                                       LocalDate occurredOn) implements InstrumentEvent {
}
