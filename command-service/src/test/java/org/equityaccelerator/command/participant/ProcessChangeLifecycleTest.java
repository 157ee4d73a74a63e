package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.AdoptProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.Authority;
import org.equityaccelerator.command.participant.ProcessChangeCommands.ImplementProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.InstitutionalizeProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.RollBackProcessChangeCommand;
import org.equityaccelerator.events.ProcessChangeAdopted;
import org.equityaccelerator.events.ProcessChangeImplemented;
import org.equityaccelerator.events.ProcessChangeInstitutionalized;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.ProcessChangeRolledBack;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.then;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;
import static org.equityaccelerator.command.rules.Refusals.unknown;
import static org.equityaccelerator.command.rules.Refusals.violates;

/** Each step of a process change only from the step before it, with its dates in order. */
class ProcessChangeLifecycleTest {
    static final LocalDate JUNE = LocalDate.of(2023, 6, 14);
    static final LocalDate SEPT = LocalDate.of(2023, 9, 15);
    static final LocalDate OCT = LocalDate.of(2023, 10, 1);

    final AggregateTestFixture<Participant> fixture = fixture();

    static Object[] history(Object... more) {
        return then(withTeam(new ProcessChangeRecorded(P, "c", "p", "pc-1", "ADVANCE_PAYMENT", "PAYMENT", "25% advance",
                "PROPOSED", true, JUNE)), more);
    }

    ProcessChangeAdopted adopted() {
        return new ProcessChangeAdopted(P, "c", "p", "pc-1", "DEPARTMENT_POLICY", "memo-17", SEPT);
    }

    ProcessChangeImplemented implemented() {
        return new ProcessChangeImplemented(P, "c", "p", "pc-1", OCT, "CBO awards < $250k", OCT);
    }

    @Test
    void proposedThenAdoptedThenImplementedThenInstitutionalized() {
        fixture.given(history()).when(new AdoptProcessChangeCommand(P, "pc-1", Authority.DEPARTMENT_POLICY, "memo-17",
                SEPT)).expectEvents(adopted());
        fixture.given(history(adopted())).when(new ImplementProcessChangeCommand(P, "pc-1", OCT, "CBO awards < $250k",
                OCT)).expectEvents(implemented());
        fixture.given(history(adopted(), implemented()))
                .when(new InstitutionalizeProcessChangeCommand(P, "pc-1", "code-2.14", LocalDate.of(2024, 3, 1)))
                .expectEvents(new ProcessChangeInstitutionalized(P, "c", "p", "pc-1", "code-2.14",
                        LocalDate.of(2024, 3, 1)));
    }

    @Test
    void noStepIsSkipped() {
        fixture.given(history()).when(new ImplementProcessChangeCommand(P, "pc-1", OCT, "", OCT))
                .expectException(violates("processChangeId")).expectNoEvents();
        fixture.given(history()).when(new InstitutionalizeProcessChangeCommand(P, "pc-1", "code", OCT))
                .expectException(violates("processChangeId")).expectNoEvents();
        fixture.given(history(adopted())).when(new AdoptProcessChangeCommand(P, "pc-1", Authority.STATE_LAW, null,
                OCT)).expectException(violates("processChangeId")).expectNoEvents();
    }

    @Test
    void aChangeTakesEffectNoEarlierThanItsAdoption() {
        fixture.given(history(adopted())).when(new ImplementProcessChangeCommand(P, "pc-1", SEPT.minusDays(1), "",
                OCT)).expectException(violates("effectiveDate")).expectNoEvents();
    }

    @Test
    void onlyAnImplementedChangeIsRolledBackAndNotBeforeItTookEffect() {
        fixture.given(history(adopted())).when(new RollBackProcessChangeCommand(P, "pc-1", "r", OCT))
                .expectException(violates("processChangeId")).expectNoEvents();
        fixture.given(history(adopted(), implemented()))
                .when(new RollBackProcessChangeCommand(P, "pc-1", "r", OCT.minusDays(1)))
                .expectException(violates("occurredOn")).expectNoEvents();
        fixture.given(history(adopted(), implemented()))
                .when(new RollBackProcessChangeCommand(P, "pc-1", "vendor", LocalDate.of(2024, 5, 1)))
                .expectEvents(new ProcessChangeRolledBack(P, "c", "p", "pc-1", "vendor", LocalDate.of(2024, 5, 1)));
    }

    @Test
    void aChangeRecordedAsImplementedCountsAsAdoptedAndEffectiveThatDay() {
        fixture.given(history(new ProcessChangeRecorded(P, "c", "p", "pc-2", "PROMPT_PAYMENT", "PAYMENT", "15 days",
                        "IMPLEMENTED", false, OCT)))
                .when(new RollBackProcessChangeCommand(P, "pc-2", "r", OCT)).expectSuccessfulHandlerExecution();
        fixture.given(history()).when(new RecordProcessChangeCommand(P, "pc-3", "X", "PAYMENT", "d",
                ProcessChangeStatus.ROLLED_BACK, false, OCT)).expectException(violates("status")).expectNoEvents();
    }

    @Test
    void unknownChangesAreNotFound() {
        fixture.given(history()).when(new AdoptProcessChangeCommand(P, "nope", Authority.BOARD_ACTION, null, SEPT))
                .expectException(unknown("processChangeId"));
    }
}
