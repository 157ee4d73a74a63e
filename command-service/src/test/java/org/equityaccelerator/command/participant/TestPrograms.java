package org.equityaccelerator.command.participant;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.equityaccelerator.command.program.Program;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.events.ProgramRegistered;

import java.time.LocalDate;
import java.util.List;

/** A real Programs lookup over an in-memory event store holding the given programs. */
final class TestPrograms {
    private TestPrograms() {
    }

    /** A program with its own process-change taxonomy and framework tags. */
    static final ProgramRegistered TAXONOMY = new ProgramRegistered("hasc-anchor", "Anchor", "HASC",
            List.of("anchor_mission"), List.of("HOSPITAL"), LocalDate.of(2023, 1, 15),
            List.of("LOCAL_HIRING_PATHWAY", "PLACE_BASED_INVESTMENT"), List.of("HAN-IW", "HAN-IP", "HAN-PBI"));

    /** A program that declared no taxonomy and no framework tags: any change type and tag is accepted. */
    static ProgramRegistered open(String programId) {
        return new ProgramRegistered(programId, "Program", "Convener", List.of("contracting_procurement"),
                List.of("LHJ_COUNTY"), LocalDate.of(2023, 1, 15));
    }

    static Programs of(ProgramRegistered... programs) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (ProgramRegistered program : programs) {
            store.publish(new GenericDomainEventMessage<>("Program", program.programId(), 0, program));
        }
        return new Programs(EventSourcingRepository.builder(Program.class).eventStore(store).build());
    }
}
