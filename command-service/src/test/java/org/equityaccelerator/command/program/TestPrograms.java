package org.equityaccelerator.command.program;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.equityaccelerator.events.ProgramRegistered;

import java.time.LocalDate;
import java.util.List;

/** A real Programs lookup over an in-memory event store holding the given programs. */
public final class TestPrograms {
    private TestPrograms() {
    }

    /** A program with its own process-change taxonomy and framework tags. */
    public static final ProgramRegistered TAXONOMY = new ProgramRegistered("hasc-anchor", "Anchor", "HASC",
            List.of("anchor_mission"), List.of("HOSPITAL"), LocalDate.of(2023, 1, 15),
            List.of("LOCAL_HIRING_PATHWAY", "PLACE_BASED_INVESTMENT"), List.of("HAN-IW", "HAN-IP", "HAN-PBI"));

    /**
     * A program with its own role catalogue and process-change stages (an SNI-like racial-equity community of
     * practice): the default roles and the contracting lifecycle are not its own.
     */
    public static final ProgramRegistered OWN_CATALOGUES = new ProgramRegistered("sni", "SNI Racial Equity CoP", "SNI",
            List.of("racial_equity"), List.of("PUBLIC_HEALTH_CARE_SYSTEM"), LocalDate.of(2021, 9, 1), null, null,
            List.of("EXECUTIVE_SPONSOR", "TEAM_LEAD", "COMMUNITY_PARTNER"), List.of("PILOT", "SPREAD", "SUSTAIN"));

    /** All the programs above and open ones with the ids tests use ("p", "pr", "pha-rea"). */
    public static Programs all() {
        return of(open("p"), open("pr"), open("pha-rea"), TAXONOMY, OWN_CATALOGUES);
    }

    /** A program that declared no taxonomy and no framework tags: any change type and tag is accepted. */
    public static ProgramRegistered open(String programId) {
        return new ProgramRegistered(programId, "Program", "Convener", List.of("contracting_procurement"),
                List.of("LHJ_COUNTY"), LocalDate.of(2023, 1, 15));
    }

    public static Programs of(ProgramRegistered... programs) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (ProgramRegistered program : programs) {
            store.publish(new GenericDomainEventMessage<>("Program", program.programId(), 0, program));
        }
        return new Programs(EventSourcingRepository.builder(Program.class).eventStore(store).build());
    }
}
