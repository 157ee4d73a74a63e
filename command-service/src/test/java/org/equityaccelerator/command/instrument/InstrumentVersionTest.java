package org.equityaccelerator.command.instrument;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.instrument.InstrumentCommands.AddDomainCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.AddItemCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DefineScaleCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DefineScoringRuleCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DraftInstrumentVersionCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.PublishInstrumentVersionCommand;
import org.equityaccelerator.command.program.Program;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.InstrumentDomainAdded;
import org.equityaccelerator.events.InstrumentItemAdded;
import org.equityaccelerator.events.InstrumentVersionDrafted;
import org.equityaccelerator.events.InstrumentVersionPublished;
import org.equityaccelerator.events.ProgramRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equityaccelerator.command.instrument.SampleInstrument.ON;
import static org.equityaccelerator.command.instrument.SampleInstrument.STREAM;
import static org.equityaccelerator.command.rules.Refusals.unknown;
import static org.equityaccelerator.command.rules.Refusals.violates;

class InstrumentVersionTest {
    AggregateTestFixture<InstrumentVersion> fixture;

    @BeforeEach
    void setUp() {
        EmbeddedEventStore programs = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        programs.publish(new GenericDomainEventMessage<>("Program", "p", 0, new ProgramRegistered("p", "PHA REA",
                "PHA", List.of("contracting_procurement"), List.of("LHJ_COUNTY"), ON)));
        fixture = new AggregateTestFixture<>(InstrumentVersion.class);
        fixture.registerInjectableResource(new Programs(EventSourcingRepository.builder(Program.class)
                .eventStore(programs).build()));
    }

    static Object[] given(List<AcceleratorEvent> events) {
        return events.toArray();
    }

    AddItemCommand item(String key, String domain) {
        return new AddItemCommand(STREAM, key, domain, "text", true, BigDecimal.ONE, false, null, ON);
    }

    @Test
    void aVersionIsDraftedForAnExistingProgram() {
        fixture.givenNoPriorActivity()
                .when(new DraftInstrumentVersionCommand(STREAM, "p", "CP-SA-DEMO", "1.0", "Placeholder", ON))
                .expectEvents(new InstrumentVersionDrafted("p", "CP-SA-DEMO", "1.0", "Placeholder", ON));
        fixture.givenNoPriorActivity()
                .when(new DraftInstrumentVersionCommand(STREAM, "nope", "CP-SA-DEMO", "1.0", "Placeholder", ON))
                .expectException(unknown("programId")).expectNoEvents();
    }

    @Test
    void domainAndItemKeysAreUniqueAndItemsBelongToADomain() {
        fixture.given(given(SampleInstrument.draft(null, null))).when(new AddDomainCommand(STREAM, "D1", "again", ON))
                .expectException(violates("domainKey")).expectExceptionMessage("domain 'D1' already exists");
        fixture.given(given(SampleInstrument.draft(null, null))).when(item("D1.1", "D1"))
                .expectException(violates("itemKey")).expectExceptionMessage("item 'D1.1' already exists");
        fixture.given(given(SampleInstrument.draft(null, null))).when(item("D9.1", "D9"))
                .expectException(violates("domainKey")).expectExceptionMessage("the instrument has no domain 'D9'");
        fixture.given(given(SampleInstrument.draft(null, null))).when(item("D1.3", "D1"))
                .expectEvents(new InstrumentItemAdded("p", "CP-SA-DEMO", "1.0", "D1.3", "D1", "text", true,
                        BigDecimal.ONE, false, null, ON));
    }

    @Test
    void aScaleIsListedLowestFirstWithUniqueCodes() {
        fixture.given(given(SampleInstrument.draft(null, null))).when(new DefineScaleCommand(STREAM, List.of(
                        new Instrument.Level("a", "A", BigDecimal.ONE), new Instrument.Level("a", "B", BigDecimal.TEN)), ON))
                .expectException(violates("levels")).expectExceptionMessage("level code 'a' appears twice");
        fixture.given(given(SampleInstrument.draft(null, null))).when(new DefineScaleCommand(STREAM, List.of(
                        new Instrument.Level("a", "A", BigDecimal.TEN), new Instrument.Level("b", "B", BigDecimal.ONE)), ON))
                .expectException(violates("levels")).expectExceptionMessage("levels must be listed lowest first "
                        + "with increasing values");
    }

    @Test
    void percentAtLevelNeedsALevelAndOtherRulesTakeNone() {
        fixture.given(given(SampleInstrument.draft(null, null)))
                .when(new DefineScoringRuleCommand(STREAM, ScoringRule.PERCENT_AT_OR_ABOVE_LEVEL, null, ON))
                .expectException(violates("levelCode")).expectNoEvents();
        fixture.given(given(SampleInstrument.draft(null, null)))
                .when(new DefineScoringRuleCommand(STREAM, ScoringRule.MEAN_OF_ITEMS, "2", ON))
                .expectException(violates("levelCode")).expectNoEvents();
    }

    @Test
    void publishingNeedsDomainsWithItemsAScaleAndARule() {
        fixture.given(new InstrumentVersionDrafted("p", "CP-SA-DEMO", "1.0", "t", ON))
                .when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectException(violates("domains")).expectExceptionMessage("a version needs at least one domain "
                        + "before it is published");
        fixture.given(new InstrumentVersionDrafted("p", "CP-SA-DEMO", "1.0", "t", ON),
                        new InstrumentDomainAdded("p", "CP-SA-DEMO", "1.0", "D1", "Leadership", ON))
                .when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectException(violates("items")).expectExceptionMessage("domain 'D1' has no item");
        List<AcceleratorEvent> noScale = new ArrayList<>(SampleInstrument.draft(null, null));
        noScale.remove(noScale.size() - 1);
        fixture.given(given(noScale)).when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectException(violates("scale")).expectExceptionMessage("a version needs a response scale before "
                        + "it is published");
        fixture.given(given(SampleInstrument.draft(null, null))).when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectException(violates("scoringRule")).expectExceptionMessage("a version needs a scoring rule before "
                        + "it is published");
        fixture.given(given(SampleInstrument.draft("PERCENT_AT_OR_ABOVE_LEVEL", "9")))
                .when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectException(violates("levelCode")).expectNoEvents();
    }

    @Test
    void publishingCarriesAHashOfTheContentThatChangesWithIt() {
        List<Object> published = new ArrayList<>();
        fixture.given(given(SampleInstrument.draft("MEAN_OF_ITEMS", null)))
                .when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                new org.hamcrest.CustomTypeSafeMatcher<InstrumentVersionPublished>("published") {
                                    @Override
                                    protected boolean matchesSafely(InstrumentVersionPublished e) {
                                        published.add(e);
                                        return e.domainCount() == 2 && e.itemCount() == 3
                                                && e.contentHash().matches("[0-9a-f]{64}");
                                    }
                                },
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        fixture.given(given(SampleInstrument.draft("GATED_STAGE", null)))
                .when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                new org.hamcrest.CustomTypeSafeMatcher<InstrumentVersionPublished>("published") {
                                    @Override
                                    protected boolean matchesSafely(InstrumentVersionPublished e) {
                                        published.add(e);
                                        return true;
                                    }
                                },
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        assertThat(((InstrumentVersionPublished) published.get(0)).contentHash())
                .isNotEqualTo(((InstrumentVersionPublished) published.get(published.size() - 1)).contentHash());
    }

    @Test
    void aPublishedVersionNeverChanges() {
        fixture.given(given(SampleInstrument.published())).when(new AddDomainCommand(STREAM, "D3", "New", ON))
                .expectException(violates("version"))
                .expectExceptionMessage("instrument CP-SA-DEMO@1.0 is published and cannot change; draft a new version");
        fixture.given(given(SampleInstrument.published())).when(item("D1.9", "D1"))
                .expectException(violates("version")).expectNoEvents();
        fixture.given(given(SampleInstrument.published()))
                .when(new DefineScoringRuleCommand(STREAM, ScoringRule.GATED_STAGE, null, ON))
                .expectException(violates("version")).expectNoEvents();
        fixture.given(given(SampleInstrument.published())).when(new PublishInstrumentVersionCommand(STREAM, ON))
                .expectException(violates("version")).expectNoEvents();
    }
}
