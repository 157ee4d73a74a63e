package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * The version is final: from now on it never changes (a change is a new draft version). {@code contentHash} is the
 * SHA-256 of its canonical content, so a partner can tell two copies of "the same" version apart.
 */
public record InstrumentVersionPublished(String programId, String instrumentId, String version, String contentHash,
                                         int domainCount, int itemCount, LocalDate occurredOn)
        implements InstrumentEvent {
}
