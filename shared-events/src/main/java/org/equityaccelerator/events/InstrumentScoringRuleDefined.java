package org.equityaccelerator.events;

import java.time.LocalDate;

/**
 * How a draft instrument version scores: {@code MEAN_OF_ITEMS} (weighted mean of item values per domain),
 * {@code PERCENT_AT_OR_ABOVE_LEVEL} (weighted share of items at or above {@code levelCode}, 0-100) or
 * {@code GATED_STAGE} (a domain reaches a level only when every item in it has: the lowest item value).
 */
public record InstrumentScoringRuleDefined(String programId, String instrumentId, String version, String rule,
                                           String levelCode, LocalDate occurredOn) implements InstrumentEvent {
}
