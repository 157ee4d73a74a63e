package org.equityaccelerator.command.participant;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.equityaccelerator.command.cohort.Cohort;
import org.equityaccelerator.command.cohort.Cohorts;
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

    static Cohorts of(AcceleratorEvent... cohortEvents) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (int i = 0; i < cohortEvents.length; i++) {
            store.publish(new GenericDomainEventMessage<>("Cohort", cohortEvents[i].aggregateId(), i, cohortEvents[i]));
        }
        return new Cohorts(EventSourcingRepository.builder(Cohort.class).eventStore(store).build());
    }
}
