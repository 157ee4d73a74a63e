package org.equityaccelerator.command.recommendation;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.cohort.Cohort;
import org.equityaccelerator.command.cohort.Cohorts;
import org.equityaccelerator.command.instrument.InstrumentVersion;
import org.equityaccelerator.command.instrument.Instruments;
import org.equityaccelerator.command.participant.Enrolments;
import org.equityaccelerator.command.program.TestPrograms;
import org.equityaccelerator.command.recommendation.RecommendationCommands.DraftRecommendationCommand;
import org.equityaccelerator.command.recommendation.RecommendationCommands.EndorseRecommendationCommand;
import org.equityaccelerator.command.recommendation.RecommendationCommands.PublishRecommendationCommand;
import org.equityaccelerator.events.CohortClosed;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.RegionalRecommendationDrafted;
import org.equityaccelerator.events.RegionalRecommendationEndorsed;
import org.equityaccelerator.events.RegionalRecommendationPublished;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.equityaccelerator.command.rules.Refusals.violates;

class RegionalRecommendationTest {
    static final LocalDate NOV = LocalDate.of(2023, 11, 16);
    static final LocalDate DEC = LocalDate.of(2023, 12, 14);

    /** Nine orgs enrolled, LHJ-I withdrew: eight take part, so a simple majority is five. */
    static final Enrolments ROSTER = new Enrolments() {
        final Map<String, String> active = Map.of("LHJ-A", "p-a", "LHJ-B", "p-b", "LHJ-C", "p-c", "LHJ-D", "p-d",
                "LHJ-E", "p-e", "LHJ-F", "p-f", "LHJ-G", "p-g", "LHJ-H", "p-h");

        @Override
        public Optional<String> activeParticipant(String cohortId, String orgId) {
            return Optional.ofNullable(active.get(orgId));
        }

        @Override
        public int activeCount(String cohortId) {
            return active.size();
        }
    };

    AggregateTestFixture<RegionalRecommendation> fixture(boolean closed) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(new GenericDomainEventMessage<>("Cohort", "c", 0, new CohortOpened("c", "p", "2023", "r",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8, List.of(), LocalDate.of(2023, 2, 1))));
        if (closed) {
            store.publish(new GenericDomainEventMessage<>("Cohort", "c", 1, new CohortClosed("c", "p",
                    LocalDate.of(2023, 12, 31))));
        }
        AggregateTestFixture<RegionalRecommendation> fixture = new AggregateTestFixture<>(RegionalRecommendation.class);
        fixture.registerInjectableResource(new Cohorts(EventSourcingRepository.builder(Cohort.class).eventStore(store)
                .build(), new Instruments(EventSourcingRepository.builder(InstrumentVersion.class).eventStore(store)
                .build())));
        fixture.registerInjectableResource(ROSTER);
        fixture.registerInjectableResource(TestPrograms.all());
        return fixture;
    }

    static RegionalRecommendationDrafted drafted(int required) {
        return new RegionalRecommendationDrafted("r-1", "c", "p", "Advance payment", "payment", "text", required, NOV);
    }

    static RegionalRecommendationEndorsed endorsed(String org) {
        return new RegionalRecommendationEndorsed("r-1", "c", "p", "p-" + org.substring(4).toLowerCase(), org,
                "EXECUTIVE_LEADERSHIP", DEC);
    }

    @Test
    void theDefaultThresholdIsASimpleMajorityOfTheParticipantsTakingPart() {
        fixture(false).givenNoPriorActivity()
                .when(new DraftRecommendationCommand("r-1", "c", "Advance payment", "payment", "text", null, NOV))
                .expectEvents(drafted(5));
        fixture(false).givenNoPriorActivity()
                .when(new DraftRecommendationCommand("r-1", "c", "Advance payment", "payment", "text", 7, NOV))
                .expectEvents(drafted(7));
    }

    @Test
    void nothingIsDraftedForAClosedCohort() {
        fixture(true).givenNoPriorActivity()
                .when(new DraftRecommendationCommand("r-1", "c", "Advance payment", "payment", "text", null, NOV))
                .expectException(violates("cohortId")).expectNoEvents();
    }

    @Test
    void anActiveParticipantEndorsesOnce() {
        fixture(false).given(drafted(5)).when(new EndorseRecommendationCommand("r-1", "LHJ-A", "EXECUTIVE_LEADERSHIP",
                DEC)).expectEvents(endorsed("LHJ-A"));
        fixture(false).given(drafted(5), endorsed("LHJ-A"))
                .when(new EndorseRecommendationCommand("r-1", "LHJ-A", "FINANCE", DEC))
                .expectException(violates("orgId"))
                .expectExceptionMessage("'LHJ-A' already endorsed this recommendation");
        fixture(false).given(drafted(5)).when(new EndorseRecommendationCommand("r-1", "LHJ-I", "EXECUTIVE_LEADERSHIP",
                DEC)).expectException(violates("orgId"))
                .expectExceptionMessage("'LHJ-I' is not an active participant of cohort 'c'");
    }

    @Test
    void publishingNeedsTheThresholdAndHappensOnce() {
        Object[] four = {drafted(5), endorsed("LHJ-A"), endorsed("LHJ-B"), endorsed("LHJ-C"), endorsed("LHJ-D")};
        fixture(false).given(four).when(new PublishRecommendationCommand("r-1", DEC))
                .expectException(violates("endorsements"))
                .expectExceptionMessage("publishing needs 5 endorsements; it has 4");
        Object[] five = {drafted(5), endorsed("LHJ-A"), endorsed("LHJ-B"), endorsed("LHJ-C"), endorsed("LHJ-D"),
                endorsed("LHJ-E")};
        RegionalRecommendationPublished published = new RegionalRecommendationPublished("r-1", "c", "p", 5, DEC);
        fixture(false).given(five).when(new PublishRecommendationCommand("r-1", DEC)).expectEvents(published);
        Object[] done = {drafted(5), endorsed("LHJ-A"), endorsed("LHJ-B"), endorsed("LHJ-C"), endorsed("LHJ-D"),
                endorsed("LHJ-E"), published};
        fixture(false).given(done).when(new PublishRecommendationCommand("r-1", DEC))
                .expectException(violates("recommendationId")).expectNoEvents();
        fixture(false).given(done).when(new EndorseRecommendationCommand("r-1", "LHJ-F", "EXECUTIVE_LEADERSHIP", DEC))
                .expectException(violates("recommendationId")).expectNoEvents();
    }
}
