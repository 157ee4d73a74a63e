package org.equityaccelerator.events;

import java.time.LocalDate;

/** A domain of a draft instrument version (e.g. D5_PAYMENT "Payment"); domain scores are reported per domain. */
public record InstrumentDomainAdded(String programId, String instrumentId, String version, String domainKey,
                                    String title, LocalDate occurredOn) implements InstrumentEvent {
}
