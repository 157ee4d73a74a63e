package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.instrument.SampleInstrument;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.CohortClosed;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;
import org.equityaccelerator.events.ItemResponseRecorded;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.activated;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.member;
import static org.equityaccelerator.command.participant.ParticipantFixture.then;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;
import static org.equityaccelerator.command.rules.Refusals.violates;

/** After a cohort closes nothing new starts, and late reports carry a reason. */
class ClosedCohortTest {
    static final LocalDate JAN = LocalDate.of(2024, 1, 19);

    final AggregateTestFixture<Participant> fixture = fixture(reference());

    static AcceleratorEvent[] reference() {
        List<AcceleratorEvent> reference = new ArrayList<>(SampleInstrument.published());
        reference.add(TestCohorts.cohort("c", 1, 8));
        reference.add(new InstrumentAdoptedForCohort("c", "p", SampleInstrument.ID, SampleInstrument.VERSION,
                List.of("BASELINE"), LocalDate.of(2023, 3, 1)));
        reference.add(new MetricAdoptedForCohort("c", "p", "M-NEW-CBO", "1.0", "first-time CBO contract holders",
                "COUNT", "HIGHER_IS_BETTER", "QUARTER", "SUM", LocalDate.of(2023, 3, 1)));
        reference.add(new CohortClosed("c", "p", LocalDate.of(2023, 12, 31)));
        return reference.toArray(AcceleratorEvent[]::new);
    }

    static Object[] activeTeam(Object... more) {
        return then(withTeam(member("m-1", "FINANCE"), activated(1, "FINANCE")), more);
    }

    @Test
    void noGoalIsDraftedOrCommittedAndNoAssessmentStartsOnceTheCohortClosed() {
        fixture.given(activeTeam()).when(new GoalCommands.DraftGoalCommand(P, "g-1", "late goal", List.of(), JAN))
                .expectException(violates("cohortId")).expectExceptionMessage("cohort 'c' closed on 2023-12-31");
        fixture.given(activeTeam()).when(new ParticipantCommands.CommitGoalCommand(P, "g-1", "late goal",
                        LocalDate.of(2024, 6, 30), List.of("criterion"), "FINANCE", JAN))
                .expectException(violates("cohortId")).expectNoEvents();
        fixture.given(activeTeam()).when(new AssessmentCommands.StartAssessmentCommand(P, "a-1", "CP-SA-DEMO", "1.0",
                        Administration.BASELINE, JAN))
                .expectException(violates("cohortId")).expectNoEvents();
    }

    @Test
    void aLateObservationNeedsLateEntryAndAReasonWhichTheEventKeeps() {
        fixture.given(activeTeam()).when(new MetricCommands.RecordMetricObservationCommand(P, "M-NEW-CBO", "2023-Q4",
                        new MetricCommands.Reading(new BigDecimal("3"), null, null), "s", JAN, false, null))
                .expectException(violates("lateEntry")).expectExceptionMessage("cohort 'c' is closed: report with "
                        + "lateEntry=true and a lateEntryReason");
        fixture.given(activeTeam()).when(new MetricCommands.RecordMetricObservationCommand(P, "M-NEW-CBO", "2023-Q4",
                        new MetricCommands.Reading(new BigDecimal("3"), null, null), "s", JAN, true, " "))
                .expectException(violates("lateEntry")).expectNoEvents();
        fixture.given(activeTeam()).when(new MetricCommands.RecordMetricObservationCommand(P, "M-NEW-CBO", "2023-Q4",
                        new MetricCommands.Reading(new BigDecimal("3"), null, null), "s", JAN, true,
                        "Q4 closed in January"))
                .expectEvents(new MetricObservationRecorded(P, "c", "p", "M-NEW-CBO", "2023-Q4", new BigDecimal("3"),
                        null, null, "s", JAN, "Q4 closed in January"));
    }

    @Test
    void anAssessmentStartedBeforeTheClosureCompletesLateWithAReason() {
        Object[] started = activeTeam(new org.equityaccelerator.events.AssessmentStarted(P, "c", "p", "a-1",
                        "CP-SA-DEMO", "1.0", "BASELINE", 3, 2, LocalDate.of(2023, 12, 18)),
                new ItemResponseRecorded(P, "c", "p", "a-1", "D1.1", "D1", "1", 1, false, null, null, JAN),
                new ItemResponseRecorded(P, "c", "p", "a-1", "D1.2", "D1", "1", 1, false, null, null, JAN));
        fixture.given(started).when(new AssessmentCommands.CompleteAssessmentCommand(P, "a-1", false, null, JAN))
                .expectException(violates("lateEntry")).expectNoEvents();
        fixture.given(started).when(new AssessmentCommands.CompleteAssessmentCommand(P, "a-1", true,
                        "finished after the last session", JAN))
                .expectSuccessfulHandlerExecution();
    }
}
