package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item of a draft instrument version. {@code required}: the assessment cannot be completed without it;
 * {@code weight} counts in the domain score; {@code naAllowed}: "not applicable" is an accepted answer.
 */
public record InstrumentItemAdded(String programId, String instrumentId, String version, String itemKey,
                                  String domainKey, String text, boolean required, BigDecimal weight,
                                  boolean naAllowed, String evidencePrompt, LocalDate occurredOn)
        implements InstrumentEvent {
}
