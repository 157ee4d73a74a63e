package org.equityaccelerator.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ordinal response scale of a draft instrument version, lowest level first. */
public record InstrumentScaleDefined(String programId, String instrumentId, String version, List<Level> levels,
                                     LocalDate occurredOn) implements InstrumentEvent {
    public InstrumentScaleDefined {
        levels = List.copyOf(levels);
    }

    /** One level: {@code code} is what a response carries, {@code value} what scoring uses. */
    public record Level(String code, String label, BigDecimal value) {
    }
}
