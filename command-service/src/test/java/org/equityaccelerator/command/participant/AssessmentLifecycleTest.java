package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.instrument.SampleInstrument;
import org.equityaccelerator.command.participant.AssessmentCommands.AmendItemResponseCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.CompleteAssessmentCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.ItemAnswer;
import org.equityaccelerator.command.participant.AssessmentCommands.RecordItemResponsesCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.ReopenAssessmentCommand;
import org.equityaccelerator.command.participant.AssessmentCommands.StartAssessmentCommand;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.AssessmentReopened;
import org.equityaccelerator.events.AssessmentStarted;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;
import org.equityaccelerator.events.ItemResponseAmended;
import org.equityaccelerator.events.ItemResponseRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import static org.equityaccelerator.command.participant.ParticipantFixture.C;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.PROG;
import static org.equityaccelerator.command.participant.ParticipantFixture.activated;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.then;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;
import static org.equityaccelerator.command.rules.Refusals.unknown;
import static org.equityaccelerator.command.rules.Refusals.violates;

class AssessmentLifecycleTest {
    static final LocalDate MARCH = LocalDate.of(2023, 3, 20);
    static final LocalDate APRIL = LocalDate.of(2023, 4, 20);
    static final LocalDate DECEMBER = LocalDate.of(2023, 12, 5);

    final AggregateTestFixture<Participant> fixture = fixture(reference());

    static AcceleratorEvent[] reference() {
        List<AcceleratorEvent> reference = new ArrayList<>(SampleInstrument.published());
        reference.add(TestCohorts.cohort(C, 1, 8));
        reference.add(new InstrumentAdoptedForCohort(C, PROG, SampleInstrument.ID, SampleInstrument.VERSION,
                List.of("BASELINE", "ENDLINE"), MARCH));
        return reference.toArray(AcceleratorEvent[]::new);
    }

    static Object[] history(Object... more) {
        return then(withTeam(activated(3, "EXECUTIVE_LEADERSHIP")), more);
    }

    static AssessmentStarted started(String id, String administration) {
        return new AssessmentStarted(P, C, PROG, id, "CP-SA-DEMO", "1.0", administration, 3, 2, MARCH);
    }

    static ItemResponseRecorded answered(String id, String item, String domain, String level) {
        return new ItemResponseRecorded(P, C, PROG, id, item, domain, level, level == null ? null
                : Integer.valueOf(level), level == null, null, null, APRIL);
    }

    static Object[] completedBaseline() {
        return new Object[]{started("a-1", "BASELINE"), answered("a-1", "D1.1", "D1", "3"),
                answered("a-1", "D1.2", "D1", "1"), completed("a-1", "BASELINE", 1)};
    }

    static Object[] baselineThen(Object... more) {
        return then(completedBaseline(), more);
    }

    static AssessmentCompleted completed(String id, String administration, int revision) {
        return new AssessmentCompleted(P, C, PROG, id, "CP-SA-DEMO", "1.0", administration,
                Map.of("D1", new BigDecimal("1.50")), new BigDecimal("1.50"), APRIL, revision, "MEAN_OF_ITEMS",
                "Some awareness", 2, 0, Map.of("D1.1", new BigDecimal("3"), "D1.2", BigDecimal.ONE), null);
    }

    StartAssessmentCommand start(String id, Administration administration) {
        return new StartAssessmentCommand(P, id, "CP-SA-DEMO", "1.0", administration, MARCH);
    }

    @Test
    void anAssessmentStartsForAnActiveTeamWithAnAdoptedVersion() {
        fixture.given(history()).when(start("a-1", Administration.BASELINE))
                .expectEvents(started("a-1", "BASELINE"));
        Object[] teamNotActive = Arrays.copyOf(history(), 2);
        fixture.given(teamNotActive).when(start("a-1", Administration.BASELINE))
                .expectException(violates("participantId"))
                .expectExceptionMessage("assessments need an active change team: activate it first");
        fixture.given(history()).when(new StartAssessmentCommand(P, "a-1", "CP-SA-DEMO", "2.0",
                        Administration.BASELINE, MARCH))
                .expectException(violates("instrumentVersion"))
                .expectExceptionMessage("cohort 'c' did not adopt instrument CP-SA-DEMO@2.0");
    }

    @Test
    void onlyTheAdministrationsTheCohortAdoptedCanStart() {
        fixture.given(history(completedBaseline())).when(start("a-2", Administration.MIDPOINT))
                .expectException(violates("administration")).expectNoEvents();
    }

    @Test
    void atMostOneOpenAssessmentPerInstrumentAndAdministration() {
        fixture.given(history(started("a-1", "BASELINE"))).when(start("a-2", Administration.BASELINE))
                .expectException(violates("administration"))
                .expectExceptionMessage("a BASELINE assessment with CP-SA-DEMO is already open for this participant");
    }

    @Test
    void aCompletedBaselineIsNotTakenAgain() {
        fixture.given(history(completedBaseline())).when(start("a-2", Administration.BASELINE))
                .expectException(violates("administration"))
                .expectExceptionMessage("a BASELINE assessment with CP-SA-DEMO is already completed for this participant");
    }

    @Test
    void aFollowUpCannotStartBeforeTheBaselineIsCompleted() {
        fixture.given(history()).when(start("a-2", Administration.ENDLINE))
                .expectException(violates("administration"))
                .expectExceptionMessage("a follow-up cannot start before the CP-SA-DEMO baseline is completed");
        fixture.given(history(started("a-1", "BASELINE"))).when(start("a-2", Administration.ENDLINE))
                .expectException(violates("administration")).expectNoEvents();
        fixture.given(history(completedBaseline())).when(start("a-2", Administration.ENDLINE))
                .expectEvents(started("a-2", "ENDLINE"));
    }

    @Test
    void answersNameItemsOfTheVersionWithLevelsOfItsScale() {
        fixture.given(history(started("a-1", "BASELINE")))
                .when(new RecordItemResponsesCommand(P, "a-1", List.of(new ItemAnswer("D1.1", "3", null, null),
                        new ItemAnswer("D2.1", null, null, null)), APRIL))
                .expectEvents(answered("a-1", "D1.1", "D1", "3"), answered("a-1", "D2.1", "D2", null));
        fixture.given(history(started("a-1", "BASELINE")))
                .when(new RecordItemResponsesCommand(P, "a-1", List.of(new ItemAnswer("D1.1", "7", null, null)), APRIL))
                .expectException(violates("responses[0].levelCode")).expectNoEvents();
        fixture.given(history(started("a-1", "BASELINE")))
                .when(new RecordItemResponsesCommand(P, "a-1", List.of(new ItemAnswer("D1.1", "1", null, null),
                        new ItemAnswer("D9.9", "1", null, null)), APRIL))
                .expectException(violates("responses[1].itemKey")).expectNoEvents();
        fixture.given(history(started("a-1", "BASELINE")))
                .when(new RecordItemResponsesCommand(P, "a-1", List.of(new ItemAnswer("D1.1", null, null, null)), APRIL))
                .expectException(violates("responses[0].levelCode"))
                .expectExceptionMessage("item 'D1.1' does not allow 'not applicable'");
    }

    @Test
    void answersAreNotDatedBeforeTheStart() {
        fixture.given(history(started("a-1", "BASELINE")))
                .when(new RecordItemResponsesCommand(P, "a-1", List.of(new ItemAnswer("D1.1", "2", null, null)),
                        LocalDate.of(2023, 3, 19)))
                .expectException(violates("occurredOn")).expectNoEvents();
    }

    @Test
    void answersAreRecordedOnlyWhileInProgress() {
        fixture.given(history(completedBaseline()))
                .when(new RecordItemResponsesCommand(P, "a-1", List.of(new ItemAnswer("D1.1", "2", null, null)), APRIL))
                .expectException(violates("assessmentId")).expectNoEvents();
        fixture.given(history())
                .when(new RecordItemResponsesCommand(P, "a-9", List.of(new ItemAnswer("D1.1", "2", null, null)), APRIL))
                .expectException(unknown("assessmentId")).expectNoEvents();
    }

    @Test
    void completionNeedsEveryRequiredItemAndFreezesTheComputedScores() {
        fixture.given(history(started("a-1", "BASELINE"), answered("a-1", "D1.1", "D1", "3")))
                .when(new CompleteAssessmentCommand(P, "a-1", false, null, APRIL))
                .expectException(violates("responses"))
                .expectExceptionMessage("required items are not answered: [D1.2]");
        fixture.given(history(started("a-1", "BASELINE"), answered("a-1", "D1.1", "D1", "3"),
                        answered("a-1", "D1.2", "D1", "1")))
                .when(new CompleteAssessmentCommand(P, "a-1", false, null, APRIL))
                .expectEvents(completed("a-1", "BASELINE", 1));
    }

    @Test
    void completionIsNotBeforeTheStart() {
        fixture.given(history(started("a-1", "BASELINE"), answered("a-1", "D1.1", "D1", "3"),
                        answered("a-1", "D1.2", "D1", "1")))
                .when(new CompleteAssessmentCommand(P, "a-1", false, null, LocalDate.of(2023, 3, 1)))
                .expectException(violates("occurredOn")).expectNoEvents();
    }

    @Test
    void onlyACompletedAssessmentIsReopenedAndOnlyAReopenedOneIsAmended() {
        fixture.given(history(started("a-1", "BASELINE")))
                .when(new ReopenAssessmentCommand(P, "a-1", "memo found", DECEMBER))
                .expectException(violates("assessmentId")).expectNoEvents();
        fixture.given(history(completedBaseline()))
                .when(new AmendItemResponseCommand(P, "a-1", "D1.2", "2", "memo found", DECEMBER))
                .expectException(violates("assessmentId")).expectNoEvents();
        fixture.given(history(completedBaseline()))
                .when(new ReopenAssessmentCommand(P, "a-1", "memo found", DECEMBER))
                .expectEvents(new AssessmentReopened(P, C, PROG, "a-1", "memo found", DECEMBER));
    }

    @Test
    void anAmendmentKeepsTheOldAnswerAndCompletingAgainIsTheNextRevision() {
        AssessmentReopened reopened = new AssessmentReopened(P, C, PROG, "a-1", "memo found", DECEMBER);
        fixture.given(history(baselineThen(reopened)))
                .when(new AmendItemResponseCommand(P, "a-1", "D1.2", "3", "memo found", DECEMBER))
                .expectEvents(new ItemResponseAmended(P, C, PROG, "a-1", "D1.2", "D1", "1", 1, "3", 3, "memo found",
                        DECEMBER));
        fixture.given(history(baselineThen(reopened)))
                .when(new AmendItemResponseCommand(P, "a-1", "D1.2", "1", "no change", DECEMBER))
                .expectException(violates("levelCode")).expectNoEvents();
        ItemResponseAmended amended = new ItemResponseAmended(P, C, PROG, "a-1", "D1.2", "D1", "1", 1, "3", 3,
                "memo found", DECEMBER);
        fixture.given(history(baselineThen(reopened, amended)))
                .when(new CompleteAssessmentCommand(P, "a-1", false, null, DECEMBER))
                .expectEvents(new AssessmentCompleted(P, C, PROG, "a-1", "CP-SA-DEMO", "1.0", "BASELINE",
                        Map.of("D1", new BigDecimal("3")), new BigDecimal("3"), DECEMBER, 2, "MEAN_OF_ITEMS",
                        "Widespread and measured", 2, 0, Map.of("D1.1", new BigDecimal("3"), "D1.2", new BigDecimal("3")), null));
    }

    @Test
    void aVersion1_0CompletionWithoutAStartStillCountsAsTheBaseline() {
        fixture.given(history(new AssessmentCompleted(P, C, PROG, "old", "CP-SA-DEMO", "1.0", "BASELINE",
                        Map.of("D1", BigDecimal.ONE), BigDecimal.ONE, APRIL)))
                .when(start("a-2", Administration.ENDLINE))
                .expectEvents(started("a-2", "ENDLINE"));
    }
}
