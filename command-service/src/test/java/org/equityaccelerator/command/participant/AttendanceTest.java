package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.ResultMessage;
import org.equityaccelerator.command.cohort.Cohort;
import org.equityaccelerator.command.program.Program;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.program.TestPrograms;
import org.equityaccelerator.command.participant.AttendanceHandler.CorrectAttendanceCommand;
import org.equityaccelerator.command.participant.AttendanceHandler.RecordAttendanceCommand;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.events.SessionScheduled;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equityaccelerator.command.participant.ParticipantFixture.C;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.PROG;
import static org.equityaccelerator.command.participant.ParticipantFixture.enrolled;
import static org.equityaccelerator.command.participant.ParticipantFixture.teamFormed;
import static org.equityaccelerator.command.participant.ParticipantFixture.withdrew;
import static org.equityaccelerator.command.rules.Refusals.violates;
import static org.equityaccelerator.command.rules.Refusals.withdrawn;

/**
 * Attendance lives in the cohort's stream but names a participant: the withdrawal rule holds there too. A session
 * held after the withdrawal gets no attendance or correction for it; one held before is history and can still be
 * recorded (late) or corrected. Real repositories over one in-memory event store, as in the service.
 */
class AttendanceTest {
    static final LocalDate WITHDREW_ON = LocalDate.of(2023, 7, 12);
    static final LocalDate JUNE_SESSION = LocalDate.of(2023, 6, 15);
    static final LocalDate AUGUST_SESSION = LocalDate.of(2023, 8, 10);

    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final Map<String, Long> sequences = new HashMap<>();
    final AttendanceHandler handler = new AttendanceHandler(
            EventSourcingRepository.builder(Participant.class).eventStore(store).build(),
            EventSourcingRepository.builder(Cohort.class).eventStore(store).build(),
            new Programs(EventSourcingRepository.builder(Program.class).eventStore(store).build()));

    AttendanceTest() {
        append("Program", TestPrograms.open(PROG));
        append("Cohort", TestCohorts.cohort(C, 1, 8));
        append("Cohort", new SessionScheduled(C, PROG, "S4", 4, "June", JUNE_SESSION, "DAY", JUNE_SESSION));
        append("Cohort", new SessionHeld(C, PROG, "S4", null, JUNE_SESSION));
        append("Cohort", new SessionScheduled(C, PROG, "S5", 5, "August", AUGUST_SESSION, "DAY", JUNE_SESSION));
        append("Cohort", new SessionHeld(C, PROG, "S5", null, AUGUST_SESSION));
        append("Participant", enrolled());
        append("Participant", teamFormed());
    }

    @Test
    void noAttendanceIsRecordedForASessionHeldAfterTheWithdrawal() {
        append("Participant", withdrew(WITHDREW_ON));
        long before = cohortEvents();
        ResultMessage<?> result = send(new RecordAttendanceCommand(C, "S5", P, 3, List.of("FINANCE"),
                AUGUST_SESSION));
        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).is(matching(withdrawn()));
        assertThat(cohortEvents()).isEqualTo(before);
    }

    @Test
    void noCorrectionForASessionHeldAfterTheWithdrawalEvenWhenItsAttendanceWasRecordedFirst() {
        // the withdrawal was entered later, dated back before the August session
        append("Cohort", new AttendanceRecorded(C, PROG, "S5", P, 3, List.of("FINANCE"), AUGUST_SESSION));
        append("Participant", withdrew(WITHDREW_ON));
        long before = cohortEvents();
        ResultMessage<?> result = send(new CorrectAttendanceCommand(C, "S5", P, 4, List.of("FINANCE"), "typo",
                AUGUST_SESSION.plusDays(30)));
        assertThat(result.exceptionResult()).is(matching(withdrawn()));
        assertThat(cohortEvents()).isEqualTo(before);
    }

    @Test
    void aSessionHeldBeforeTheWithdrawalIsHistoryAndItsAttendanceIsStillRecorded() {
        append("Participant", withdrew(WITHDREW_ON));
        long before = cohortEvents();
        ResultMessage<?> result = send(new RecordAttendanceCommand(C, "S4", P, 3, List.of("FINANCE"),
                WITHDREW_ON.plusDays(20)));
        assertThat(result.isExceptional()).as(String.valueOf(result.optionalExceptionResult())).isFalse();
        assertThat(cohortEvents()).isEqualTo(before + 1);
    }

    @Test
    void attendeeRolesComeFromTheProgramsRoleCatalogue() {
        long before = cohortEvents();
        ResultMessage<?> result = send(new RecordAttendanceCommand(C, "S4", P, 2,
                List.of("FINANCE", "CHIEF_EQUITY_WIZARD"), JUNE_SESSION));
        assertThat(result.exceptionResult()).is(matching(violates("attendeeRoles")));
        assertThat(cohortEvents()).isEqualTo(before);
    }

    private ResultMessage<?> send(Object command) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command));
        return unitOfWork.executeWithResult(() -> {
            if (command instanceof RecordAttendanceCommand record) {
                handler.handle(record);
            } else {
                handler.handle((CorrectAttendanceCommand) command);
            }
            return null;
        });
    }

    private void append(String type, AcceleratorEvent event) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
        store.publish(new GenericDomainEventMessage<>(type, event.aggregateId(), sequence, event));
    }

    private long cohortEvents() {
        return store.readEvents(C).asStream().count();
    }

    private static org.assertj.core.api.Condition<Throwable> matching(org.hamcrest.Matcher<?> matcher) {
        return new org.assertj.core.api.Condition<>(matcher::matches, matcher.toString());
    }
}
