package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.participant.GoalCommands.AbandonGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.DeferGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.DraftGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.MarkGoalAchievedCommand;
import org.equityaccelerator.command.participant.GoalCommands.ProgressStatus;
import org.equityaccelerator.command.participant.GoalCommands.ReopenGoalCommand;
import org.equityaccelerator.command.participant.GoalCommands.ReportGoalProgressCommand;
import org.equityaccelerator.command.participant.GoalCommands.RevisableField;
import org.equityaccelerator.command.participant.GoalCommands.ReviseGoalCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CommitGoalCommand;
import org.equityaccelerator.events.GoalAbandoned;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.GoalDeferred;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.GoalProgressReported;
import org.equityaccelerator.events.GoalReopened;
import org.equityaccelerator.events.GoalRevised;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import static org.equityaccelerator.command.participant.ParticipantFixture.C;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.PROG;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.member;
import static org.equityaccelerator.command.participant.ParticipantFixture.then;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;
import static org.equityaccelerator.command.rules.Refusals.unknown;
import static org.equityaccelerator.command.rules.Refusals.violates;

/** Each invariant of the goal lifecycle, shown to refuse with no event appended. */
class GoalLifecycleTest {
    static final LocalDate JULY = LocalDate.of(2023, 7, 12);
    static final LocalDate TARGET = LocalDate.of(2024, 6, 30);

    final AggregateTestFixture<Participant> fixture = fixture();

    static Object[] team() {
        return withTeam(member("m-1", "FINANCE"));
    }

    static Object[] with(Object... more) {
        return then(team(), more);
    }

    GoalDrafted drafted() {
        return new GoalDrafted(P, C, PROG, "g-1", "Advance payment", List.of("PAYMENT"), JULY.minusDays(5));
    }

    GoalCommitted committed() {
        return new GoalCommitted(P, C, PROG, "g-1", "Advance payment", TARGET, List.of("80%"), "FINANCE", JULY);
    }

    GoalAchieved achieved() {
        return new GoalAchieved(P, C, PROG, "g-1", List.of("process-change:pc-1"), LocalDate.of(2024, 6, 1));
    }

    ReportGoalProgressCommand report(LocalDate asOf) {
        return new ReportGoalProgressCommand(P, "g-1", asOf, ProgressStatus.ON_TRACK, 7, 45, "45%", asOf);
    }

    @Test
    void aDraftCanBeCommittedOnce() {
        fixture.given(team()).when(new DraftGoalCommand(P, "g-1", "Advance payment", List.of("PAYMENT"),
                JULY.minusDays(5))).expectEvents(drafted());
        fixture.given(with(drafted())).when(new CommitGoalCommand(P, "g-1", "Advance payment", TARGET, List.of("80%"),
                "FINANCE", JULY)).expectEvents(committed());
        fixture.given(with(drafted(), committed())).when(new CommitGoalCommand(P, "g-1", "Advance payment", TARGET,
                List.of("80%"), "FINANCE", JULY)).expectException(violates("goalId")).expectNoEvents();
        fixture.given(with(drafted())).when(new DraftGoalCommand(P, "g-1", "again", List.of(), JULY))
                .expectException(violates("goalId")).expectNoEvents();
    }

    @Test
    void aGoalCannotBeAchievedBeforeItIsCommitted() {
        fixture.given(with(drafted())).when(new MarkGoalAchievedCommand(P, "g-1", List.of("doc:1"), JULY))
                .expectException(violates("goalId")).expectNoEvents();
    }

    @Test
    void achievementNeedsEvidenceDatedOnOrAfterCommitment() {
        fixture.given(with(committed())).when(new MarkGoalAchievedCommand(P, "g-1", List.of("process-change:pc-1"),
                LocalDate.of(2024, 6, 1))).expectEvents(achieved());
        fixture.given(with(committed())).when(new MarkGoalAchievedCommand(P, "g-1", List.of("doc"), JULY.minusDays(1)))
                .expectException(violates("occurredOn")).expectNoEvents();
        fixture.given(with(committed(), achieved())).when(new MarkGoalAchievedCommand(P, "g-1", List.of("doc"),
                LocalDate.of(2024, 6, 2))).expectException(violates("goalId")).expectNoEvents();
    }

    @Test
    void checkInsFollowTheCommitmentAndEachOther() {
        fixture.given(with(committed())).when(report(LocalDate.of(2023, 11, 15)))
                .expectEvents(new GoalProgressReported(P, C, PROG, "g-1", LocalDate.of(2023, 11, 15), "ON_TRACK", 7, 45,
                        "45%", LocalDate.of(2023, 11, 15)));
        fixture.given(with(committed())).when(report(JULY.minusDays(1)))
                .expectException(violates("asOf")).expectNoEvents();
        fixture.given(with(committed(), new GoalProgressReported(P, C, PROG, "g-1", LocalDate.of(2023, 11, 15),
                        "ON_TRACK", 7, 45, "", LocalDate.of(2023, 11, 15))))
                .when(report(LocalDate.of(2023, 10, 1))).expectException(violates("asOf")).expectNoEvents();
        fixture.given(with(drafted())).when(report(LocalDate.of(2023, 11, 15)))
                .expectException(violates("goalId")).expectNoEvents();
    }

    @Test
    void aRevisionKeepsTheOldValueAndNeedsAnOpenGoal() {
        fixture.given(with(committed())).when(new ReviseGoalCommand(P, "g-1", RevisableField.TARGET_DATE, "2024-09-30",
                        "scope", LocalDate.of(2023, 12, 1)))
                .expectEvents(new GoalRevised(P, C, PROG, "g-1", "TARGET_DATE", "2024-06-30", "2024-09-30", "scope",
                        LocalDate.of(2023, 12, 1)));
        fixture.given(with(committed(), achieved())).when(new ReviseGoalCommand(P, "g-1", RevisableField.TITLE, "x",
                "r", LocalDate.of(2024, 7, 1))).expectException(violates("goalId")).expectNoEvents();
        fixture.given(with(committed())).when(new ReviseGoalCommand(P, "g-1", RevisableField.TARGET_DATE, "soon", "r",
                LocalDate.of(2023, 12, 1))).expectException(violates("newValue")).expectNoEvents();
    }

    @Test
    void aDeferralMovesTheTargetLater() {
        fixture.given(with(committed())).when(new DeferGoalCommand(P, "g-1", LocalDate.of(2024, 12, 31), "budget",
                        LocalDate.of(2024, 1, 5)))
                .expectEvents(new GoalDeferred(P, C, PROG, "g-1", TARGET, LocalDate.of(2024, 12, 31), "budget",
                        LocalDate.of(2024, 1, 5)));
        fixture.given(with(committed())).when(new DeferGoalCommand(P, "g-1", LocalDate.of(2024, 1, 31), "earlier?",
                LocalDate.of(2024, 1, 5))).expectException(violates("newTargetDate")).expectNoEvents();
    }

    @Test
    void abandonAndReopen() {
        GoalAbandoned abandoned = new GoalAbandoned(P, C, PROG, "g-1", "superseded", LocalDate.of(2024, 1, 10));
        fixture.given(with(committed())).when(new AbandonGoalCommand(P, "g-1", "superseded", LocalDate.of(2024, 1, 10)))
                .expectEvents(abandoned);
        fixture.given(with(committed(), abandoned))
                .when(new AbandonGoalCommand(P, "g-1", "again", LocalDate.of(2024, 1, 11)))
                .expectException(violates("goalId")).expectNoEvents();
        fixture.given(with(committed())).when(new ReopenGoalCommand(P, "g-1", "why", LocalDate.of(2024, 1, 11)))
                .expectException(violates("goalId")).expectNoEvents();
        fixture.given(with(committed(), achieved()))
                .when(new ReopenGoalCommand(P, "g-1", "evidence withdrawn", LocalDate.of(2024, 7, 1)))
                .expectEvents(new GoalReopened(P, C, PROG, "g-1", "evidence withdrawn", LocalDate.of(2024, 7, 1)));
        // reopened, it is open again: it can take a check-in
        fixture.given(with(committed(), achieved(), new GoalReopened(P, C, PROG, "g-1", "r", LocalDate.of(2024, 7, 1))))
                .when(report(LocalDate.of(2024, 7, 2))).expectSuccessfulHandlerExecution();
    }

    @Test
    void unknownGoalsAreNotFound() {
        fixture.given(team()).when(report(LocalDate.of(2023, 11, 15))).expectException(unknown("goalId"));
    }
}
