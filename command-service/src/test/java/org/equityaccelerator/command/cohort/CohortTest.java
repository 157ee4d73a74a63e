package org.equityaccelerator.command.cohort;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.instrument.InstrumentVersion;
import org.equityaccelerator.command.instrument.Instruments;
import org.equityaccelerator.command.instrument.SampleInstrument;
import org.equityaccelerator.command.program.TestPrograms;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;
import org.equityaccelerator.events.SessionScheduled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.equityaccelerator.command.rules.Refusals.violates;
import static org.equityaccelerator.command.rules.Refusals.unknown;

import java.time.LocalDate;
import java.util.List;

class CohortTest {
    static final LocalDate FEB = LocalDate.of(2023, 2, 1);
    AggregateTestFixture<Cohort> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cohort.class);
        fixture.registerInjectableResource(TestPrograms.all()); // "pha-rea" with the default catalogues, "sni" its own
        EmbeddedEventStore instruments = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        List<org.equityaccelerator.events.AcceleratorEvent> draft = SampleInstrument.draft("MEAN_OF_ITEMS", null);
        for (int i = 0; i < draft.size(); i++) {
            instruments.publish(new GenericDomainEventMessage<>("InstrumentVersion", "CP-SA-DEMO@0.9", i, rename(draft.get(i))));
        }
        List<org.equityaccelerator.events.AcceleratorEvent> published = SampleInstrument.published();
        for (int i = 0; i < published.size(); i++) {
            instruments.publish(new GenericDomainEventMessage<>("InstrumentVersion", SampleInstrument.STREAM, i,
                    published.get(i)));
        }
        fixture.registerInjectableResource(new Instruments(EventSourcingRepository.builder(InstrumentVersion.class)
                .eventStore(instruments).build()));
    }

    /** The sample draft as version 0.9 (never published). */
    private static Object rename(org.equityaccelerator.events.AcceleratorEvent event) {
        if (event instanceof org.equityaccelerator.events.InstrumentVersionDrafted d) {
            return new org.equityaccelerator.events.InstrumentVersionDrafted(d.programId(), d.instrumentId(), "0.9",
                    d.title(), d.occurredOn());
        }
        return event;
    }

    @Test
    void aCohortAdoptsAPublishedInstrumentVersionOnce() {
        AdoptInstrumentCommand adopt = new AdoptInstrumentCommand("c-1", "CP-SA-DEMO", "1.0",
                java.util.Set.of(Administration.ENDLINE, Administration.BASELINE), FEB);
        InstrumentAdoptedForCohort adopted = new InstrumentAdoptedForCohort("c-1", "pha-rea", "CP-SA-DEMO", "1.0",
                List.of("BASELINE", "ENDLINE"), FEB);
        fixture.given(opened()).when(adopt).expectEvents(adopted);
        fixture.given(opened(), adopted).when(adopt).expectException(violates("version")).expectNoEvents();
        fixture.given(opened()).when(new AdoptInstrumentCommand("c-1", "CP-SA-DEMO", "0.9",
                        java.util.Set.of(Administration.BASELINE), FEB))
                .expectException(violates("version")).expectExceptionMessage("instrument CP-SA-DEMO@0.9 is not published");
        fixture.given(opened()).when(new AdoptInstrumentCommand("c-1", "NOPE", "1.0",
                        java.util.Set.of(Administration.BASELINE), FEB))
                .expectException(unknown("instrumentId")).expectNoEvents();
    }

    @Test
    void countingParticipantsThatMeetAThresholdNeedsTheThresholdAndOnlyThatRuleTakesOne() {
        AdoptMetricCommand counting = new AdoptMetricCommand("c-1", "M-LOCAL-HIRES", "1.0", "local hires",
                AdoptMetricCommand.MetricUnit.COUNT, AdoptMetricCommand.Polarity.HIGHER_IS_BETTER,
                AdoptMetricCommand.Frequency.YEAR, AdoptMetricCommand.Aggregation.COUNT_ORGS_MEETING, FEB, null, null, null, null, null);
        fixture.given(opened()).when(counting).expectException(violates("threshold"))
                .expectExceptionMessage("COUNT_ORGS_MEETING needs the threshold to meet");
        fixture.given(opened()).when(new AdoptMetricCommand("c-1", "M-LOCAL-HIRES", "1.0", "local hires",
                        AdoptMetricCommand.MetricUnit.COUNT, AdoptMetricCommand.Polarity.HIGHER_IS_BETTER,
                        AdoptMetricCommand.Frequency.YEAR, AdoptMetricCommand.Aggregation.SUM, FEB,
                        java.math.BigDecimal.TEN, null, null, null, null))
                .expectException(violates("threshold")).expectExceptionMessage("only COUNT_ORGS_MEETING takes a threshold");
        fixture.given(opened()).when(new AdoptMetricCommand("c-1", "M-LOCAL-HIRES", "1.0", "local hires",
                        AdoptMetricCommand.MetricUnit.COUNT, AdoptMetricCommand.Polarity.HIGHER_IS_BETTER,
                        AdoptMetricCommand.Frequency.YEAR, AdoptMetricCommand.Aggregation.COUNT_ORGS_MEETING, FEB,
                        java.math.BigDecimal.TEN, AdoptMetricCommand.Category.BETTER_OFF, null, null,
                        "local = hired from the hospital's primary service area"))
                .expectEvents(new org.equityaccelerator.events.MetricAdoptedForCohort("c-1", "pha-rea",
                        "M-LOCAL-HIRES", "1.0", "local hires", "COUNT", "HIGHER_IS_BETTER", "YEAR",
                        "COUNT_ORGS_MEETING", FEB, java.math.BigDecimal.TEN, "BETTER_OFF", null, null,
                        "local = hired from the hospital's primary service area"));
    }

    @Test
    void aCohortClosesOnceAndNotBeforeItsLastSessionAndThenSchedulesNothing() {
        SessionScheduled december = new SessionScheduled("c-1", "pha-rea", "S9", 9, "Review, Revise, Rejoice",
                LocalDate.of(2023, 12, 1), "MONTH", FEB);
        org.equityaccelerator.events.CohortClosed closed = new org.equityaccelerator.events.CohortClosed("c-1",
                "pha-rea", LocalDate.of(2023, 12, 31));
        // a December session (month precision) not yet held could still happen on the 31st
        fixture.given(opened(), december)
                .when(new SessionCommands.CloseCohortCommand("c-1", LocalDate.of(2023, 12, 20)))
                .expectException(violates("occurredOn"))
                .expectExceptionMessage("the cohort cannot close before its last session (2023-12-31)");
        fixture.given(opened(), december, new org.equityaccelerator.events.SessionHeld("c-1", "pha-rea", "S9", null,
                        LocalDate.of(2023, 12, 14)))
                .when(new SessionCommands.CloseCohortCommand("c-1", LocalDate.of(2023, 12, 20)))
                .expectSuccessfulHandlerExecution();
        fixture.given(opened(), december)
                .when(new SessionCommands.CloseCohortCommand("c-1", LocalDate.of(2023, 12, 31))).expectEvents(closed);
        fixture.given(opened(), december, closed)
                .when(new SessionCommands.CloseCohortCommand("c-1", LocalDate.of(2024, 1, 2)))
                .expectException(violates("cohortId")).expectExceptionMessage("cohort 'c-1' closed on 2023-12-31");
        fixture.given(opened(), december, closed)
                .when(new ScheduleSessionCommand("c-1", "S10", 10, "Extra", LocalDate.of(2023, 12, 15),
                        DatePrecision.DAY, FEB, null, null, null))
                .expectException(violates("cohortId")).expectNoEvents();
    }

    OpenCohortCommand open(String programId, LocalDate start, LocalDate end, int min, int max) {
        return new OpenCohortCommand("c-1", programId, "2023", "SoCal", start, end, min, max, List.of(), FEB, null);
    }

    CohortOpened opened() {
        return new CohortOpened("c-1", "pha-rea", "2023", "SoCal", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 12, 31), 3, 8, List.of(), FEB);
    }

    @Test
    void opensACohortOfAnExistingProgram() {
        fixture.givenNoPriorActivity()
                .when(open("pha-rea", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8))
                .expectEvents(opened());
    }

    @Test
    void refusesAnUnknownProgramAnInvertedWindowAndInvertedTeamBounds() {
        fixture.givenNoPriorActivity().when(open("nope", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8))
                .expectException(unknown("programId")).expectNoEvents();
        fixture.givenNoPriorActivity().when(open("pha-rea", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1), 3, 8))
                .expectException(violates("endDate")).expectNoEvents();
        fixture.givenNoPriorActivity().when(open("pha-rea", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 6, 5))
                .expectException(violates("minTeamSize")).expectNoEvents();
    }

    @Test
    void schedulesSessionsInsideTheWindowWithUniqueNumbers() {
        fixture.given(opened())
                .when(new ScheduleSessionCommand("c-1", "S1", 1, "Understanding Equity in C&P",
                        LocalDate.of(2023, 3, 1), DatePrecision.MONTH, FEB, null, null, null))
                .expectEvents(new SessionScheduled("c-1", "pha-rea", "S1", 1, "Understanding Equity in C&P",
                        LocalDate.of(2023, 3, 1), "MONTH", FEB));
        SessionScheduled s1 = new SessionScheduled("c-1", "pha-rea", "S1", 1, "t", LocalDate.of(2023, 3, 1), "MONTH", FEB);
        fixture.given(opened(), s1)
                .when(new ScheduleSessionCommand("c-1", "S1b", 1, "t", LocalDate.of(2023, 5, 1), DatePrecision.MONTH, FEB, null, null, null))
                .expectException(violates("seq")).expectExceptionMessage("cohort already has a session number 1");
        fixture.given(opened())
                .when(new ScheduleSessionCommand("c-1", "S0", 2, "t", LocalDate.of(2024, 1, 15), DatePrecision.DAY, FEB, null, null, null))
                .expectException(violates("scheduledFor")).expectNoEvents();
    }

    @Test
    void aSessionIsHeldRescheduledOrCancelledOnlyWhileScheduled() {
        SessionScheduled s1 = new SessionScheduled("c-1", "pha-rea", "S1", 1, "t", LocalDate.of(2023, 3, 1), "MONTH", FEB);
        org.equityaccelerator.events.SessionHeld held = new org.equityaccelerator.events.SessionHeld("c-1", "pha-rea",
                "S1", null, LocalDate.of(2023, 3, 16));
        fixture.given(opened(), s1)
                .when(new SessionCommands.MarkSessionHeldCommand("c-1", "S1", null, LocalDate.of(2023, 3, 16)))
                .expectEvents(held);
        fixture.given(opened(), s1, held)
                .when(new SessionCommands.CancelSessionCommand("c-1", "S1", "late", LocalDate.of(2023, 3, 17)))
                .expectException(violates("sessionId")).expectNoEvents();
        fixture.given(opened(), s1, held)
                .when(new SessionCommands.RescheduleSessionCommand("c-1", "S1", LocalDate.of(2023, 4, 1), "r", FEB, null))
                .expectException(violates("sessionId")).expectNoEvents();
        fixture.given(opened(), s1)
                .when(new SessionCommands.RescheduleSessionCommand("c-1", "S1", LocalDate.of(2024, 4, 1), "r", FEB, null))
                .expectException(violates("newDate")).expectNoEvents();
        fixture.given(opened(), s1)
                .when(new SessionCommands.RescheduleSessionCommand("c-1", "S1", LocalDate.of(2023, 4, 1), "no April", FEB, null))
                .expectEvents(new org.equityaccelerator.events.SessionRescheduled("c-1", "pha-rea", "S1",
                        LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 1), "no April", FEB));
        fixture.given(opened())
                .when(new SessionCommands.MarkSessionHeldCommand("c-1", "S9", null, LocalDate.of(2023, 3, 16)))
                .expectException(unknown("sessionId"));
    }

    @Test
    void phasesLieInsideTheWindowWithoutOverlapAndHoldTheirSessions() {
        org.equityaccelerator.events.CohortPhaseDefined levelSetting = new org.equityaccelerator.events.CohortPhaseDefined(
                "c-1", "pha-rea", "level", "Level setting", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30), "", FEB);
        fixture.given(opened()).when(new DefinePhaseCommand("c-1", "level", "Level setting", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 4, 30), "", FEB)).expectEvents(levelSetting);
        fixture.given(opened(), levelSetting).when(new DefinePhaseCommand("c-1", "action", "Learning and action",
                LocalDate.of(2023, 4, 15), LocalDate.of(2023, 12, 31), "", FEB))
                .expectException(violates("startDate")).expectNoEvents();
        fixture.given(opened()).when(new DefinePhaseCommand("c-1", "late", "Late", LocalDate.of(2023, 11, 1),
                LocalDate.of(2024, 3, 1), "", FEB)).expectException(violates("startDate")).expectNoEvents();
        fixture.given(opened(), levelSetting).when(new ScheduleSessionCommand("c-1", "S5", 5, "t",
                LocalDate.of(2023, 6, 1), DatePrecision.MONTH, FEB, "level", null, null))
                .expectException(violates("scheduledFor")).expectNoEvents();
        fixture.given(opened(), levelSetting).when(new ScheduleSessionCommand("c-1", "S1", 1, "t",
                LocalDate.of(2023, 4, 1), DatePrecision.MONTH, FEB, "level", null, null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void aMonthSessionCountsAsInsideWhenItsMonthOverlapsTheWindow() {
        CohortOpened midMonthStart = new CohortOpened("c-1", "pha-rea", "2023", "SoCal", LocalDate.of(2023, 3, 15),
                LocalDate.of(2023, 12, 31), 3, 8, List.of(), FEB);
        fixture.given(midMonthStart)
                .when(new ScheduleSessionCommand("c-1", "S1", 1, "t", LocalDate.of(2023, 3, 1), DatePrecision.MONTH, FEB, null, null, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(midMonthStart)
                .when(new ScheduleSessionCommand("c-1", "S1", 1, "t", LocalDate.of(2023, 3, 1), DatePrecision.DAY, FEB, null, null, null))
                .expectException(violates("scheduledFor"));
    }

    @Test
    void requiredRolesComeFromTheProgramsRoleCatalogueOrTheDefaultOne() {
        fixture.givenNoPriorActivity().when(new OpenCohortCommand("c-1", "pha-rea", "2023", "SoCal",
                        LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8,
                        List.of("EXECUTIVE_LEADERSHIP", "CHIEF_EQUITY_WIZARD"), FEB, null))
                .expectException(violates("requiredRoles")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new OpenCohortCommand("c-1", "pha-rea", "2023", "SoCal",
                        LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8,
                        List.of("EXECUTIVE_LEADERSHIP", "FINANCE"), FEB, null))
                .expectSuccessfulHandlerExecution();
        // a program with its own catalogue: its roles are accepted, the default ones no longer
        fixture.givenNoPriorActivity().when(new OpenCohortCommand("c-1", "sni", "2021", "CA", LocalDate.of(2021, 10, 1),
                        LocalDate.of(2023, 6, 30), 3, 5, List.of("EXECUTIVE_SPONSOR", "TEAM_LEAD"), FEB, null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity().when(new OpenCohortCommand("c-1", "sni", "2021", "CA", LocalDate.of(2021, 10, 1),
                        LocalDate.of(2023, 6, 30), 3, 5, List.of("EXECUTIVE_LEADERSHIP"), FEB, null))
                .expectException(violates("requiredRoles"))
                .expectExceptionMessage("role 'EXECUTIVE_LEADERSHIP' is not in the program's role catalogue "
                        + "[EXECUTIVE_SPONSOR, TEAM_LEAD, COMMUNITY_PARTNER]");
    }

    @Test
    void aSessionCarriesItsTypeAndModalityAndAMoveMayChangeTheModality() {
        SessionScheduled kickOff = new SessionScheduled("c-1", "pha-rea", "K2", 5, "In-person kick-off",
                LocalDate.of(2023, 5, 19), "DAY", FEB, null, "KICK_OFF", "IN_PERSON");
        fixture.given(opened()).when(new ScheduleSessionCommand("c-1", "K2", 5, "In-person kick-off",
                        LocalDate.of(2023, 5, 19), DatePrecision.DAY, FEB, null, SessionType.KICK_OFF,
                        Modality.IN_PERSON))
                .expectEvents(kickOff);
        fixture.given(opened(), kickOff).when(new SessionCommands.RescheduleSessionCommand("c-1", "K2",
                        LocalDate.of(2023, 5, 26), "venue closed", FEB, Modality.VIRTUAL))
                .expectEvents(new org.equityaccelerator.events.SessionRescheduled("c-1", "pha-rea", "K2",
                        LocalDate.of(2023, 5, 19), LocalDate.of(2023, 5, 26), "venue closed", FEB, "VIRTUAL"));
    }
}
