package org.equityaccelerator.command.participant;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.equityaccelerator.command.cohort.Cohort;
import org.equityaccelerator.command.cohort.Cohorts;
import org.equityaccelerator.command.instrument.InstrumentVersion;
import org.equityaccelerator.command.instrument.Instruments;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.CohortOpened;

import java.time.LocalDate;
import java.util.List;

/** A real Cohorts lookup over an in-memory event store holding the given events of one cohort. */
final class TestCohorts {
    private TestCohorts() {
    }

    static CohortOpened cohort(int minTeam, int maxTeam, String... requiredRoles) {
        return cohort("c", minTeam, maxTeam, requiredRoles);
    }

    static CohortOpened cohort(String cohortId, int minTeam, int maxTeam, String... requiredRoles) {
        return new CohortOpened(cohortId, "p", "2023", "r", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), minTeam,
                maxTeam, List.of(requiredRoles), LocalDate.of(2023, 2, 1));
    }

    /** Cohorts over the given cohort and instrument-version events (each aggregate's events in order). */
    static Cohorts of(AcceleratorEvent... events) {
        EmbeddedEventStore store = store(events);
        return new Cohorts(EventSourcingRepository.builder(Cohort.class).eventStore(store).build(), instruments(store));
    }

    static Instruments instruments(AcceleratorEvent... events) {
        return instruments(store(events));
    }

    private static Instruments instruments(EmbeddedEventStore store) {
        return new Instruments(EventSourcingRepository.builder(InstrumentVersion.class).eventStore(store).build());
    }

    private static EmbeddedEventStore store(AcceleratorEvent... events) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        java.util.Map<String, Long> sequences = new java.util.HashMap<>();
        for (AcceleratorEvent event : events) {
            long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
            String type = event instanceof org.equityaccelerator.events.InstrumentEvent ? "InstrumentVersion" : "Cohort";
            store.publish(new GenericDomainEventMessage<>(type, event.aggregateId(), sequence, event));
        }
        return store;
    }
}
