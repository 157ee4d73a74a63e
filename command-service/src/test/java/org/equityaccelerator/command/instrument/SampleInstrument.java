package org.equityaccelerator.command.instrument;

import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.InstrumentDomainAdded;
import org.equityaccelerator.events.InstrumentItemAdded;
import org.equityaccelerator.events.InstrumentScaleDefined;
import org.equityaccelerator.events.InstrumentScoringRuleDefined;
import org.equityaccelerator.events.InstrumentVersionDrafted;
import org.equityaccelerator.events.InstrumentVersionPublished;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small instrument for tests: D1 with two required items (weights 1 and 3), D2 with one optional item that allows
 * N/A; the 4-level Foundational Practices scale 0..3.
 */
public final class SampleInstrument {
    public static final String ID = "CP-SA-DEMO";
    public static final String VERSION = "1.0";
    public static final String STREAM = ID + "@" + VERSION;
    public static final LocalDate ON = LocalDate.of(2023, 2, 1);

    private SampleInstrument() {
    }

    public static List<AcceleratorEvent> draft(String rule, String levelCode) {
        List<AcceleratorEvent> events = new ArrayList<>(List.of(
                new InstrumentVersionDrafted("p", ID, VERSION, "Placeholder C&P self-assessment", ON),
                new InstrumentDomainAdded("p", ID, VERSION, "D1", "Leadership", ON),
                new InstrumentDomainAdded("p", ID, VERSION, "D2", "Payment", ON),
                new InstrumentItemAdded("p", ID, VERSION, "D1.1", "D1", "C&P equity goals exist", true,
                        BigDecimal.ONE, false, null, ON),
                new InstrumentItemAdded("p", ID, VERSION, "D1.2", "D1", "An executive sponsor", true,
                        new BigDecimal("3"), false, null, ON),
                new InstrumentItemAdded("p", ID, VERSION, "D2.1", "D2", "Advance-payment authority", false,
                        BigDecimal.ONE, true, null, ON),
                new InstrumentScaleDefined("p", ID, VERSION, List.of(
                        new InstrumentScaleDefined.Level("0", "Not at all", BigDecimal.ZERO),
                        new InstrumentScaleDefined.Level("1", "Some awareness", BigDecimal.ONE),
                        new InstrumentScaleDefined.Level("2", "Some practices", new BigDecimal("2")),
                        new InstrumentScaleDefined.Level("3", "Widespread and measured", new BigDecimal("3"))), ON)));
        if (rule != null) {
            events.add(new InstrumentScoringRuleDefined("p", ID, VERSION, rule, levelCode, ON));
        }
        return events;
    }

    public static List<AcceleratorEvent> published() {
        List<AcceleratorEvent> events = draft("MEAN_OF_ITEMS", null);
        events.add(new InstrumentVersionPublished("p", ID, VERSION, "hash", 2, 3, ON));
        return events;
    }

    /** The published content as {@link Instrument}, built the way the aggregate builds it. */
    public static Instrument instrument(ScoringRule rule, String levelCode) {
        java.util.Map<String, String> domains = new java.util.LinkedHashMap<>();
        domains.put("D1", "Leadership");
        domains.put("D2", "Payment");
        java.util.Map<String, Instrument.Item> items = new java.util.LinkedHashMap<>();
        items.put("D1.1", new Instrument.Item("D1.1", "D1", true, BigDecimal.ONE, false));
        items.put("D1.2", new Instrument.Item("D1.2", "D1", true, new BigDecimal("3"), false));
        items.put("D2.1", new Instrument.Item("D2.1", "D2", false, BigDecimal.ONE, true));
        return new Instrument(ID, VERSION, domains, items, List.of(
                new Instrument.Level("0", "Not at all", BigDecimal.ZERO),
                new Instrument.Level("1", "Some awareness", BigDecimal.ONE),
                new Instrument.Level("2", "Some practices", new BigDecimal("2")),
                new Instrument.Level("3", "Widespread and measured", new BigDecimal("3"))), rule, levelCode);
    }
}
