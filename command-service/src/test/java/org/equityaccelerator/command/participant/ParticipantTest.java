package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.participant.ParticipantCommands.AddTeamMemberCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CommitGoalCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.FormChangeTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordProcessChangeCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.TeamMemberAdded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class ParticipantTest {
    static final String P = "p-1";
    static final String C = "pha-rea-2023";
    static final String PROG = "pha-rea";
    static final LocalDate MARCH = LocalDate.of(2023, 3, 2);
    static final LocalDate JULY = LocalDate.of(2023, 7, 12);

    AggregateTestFixture<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(TestPrograms.of(TestPrograms.open("p"), TestPrograms.open("pr"), TestPrograms.open("pha-rea"),
                TestPrograms.TAXONOMY));
        fixture.registerInjectableResource(TestCohorts.of(TestCohorts.cohort(C, 3, 3, "EXECUTIVE_LEADERSHIP", "FINANCE")));
    }

    ParticipantEnrolled enrolled() {
        return new ParticipantEnrolled(P, C, PROG, "LHJ-A", "LHJ-A", "LHJ_COUNTY", LocalDate.of(2023, 3, 1));
    }

    ChangeTeamFormed team() {
        return new ChangeTeamFormed(P, C, PROG, MARCH);
    }

    TeamMemberAdded member(String ref, TeamRole role) {
        return new TeamMemberAdded(P, C, PROG, ref, role.name(), "Dept", MARCH);
    }

    CommitGoalCommand goal(String id, TeamRole owner, LocalDate target) {
        return new CommitGoalCommand(P, id, "Advance payment", target, List.of("80% by 2024-Q2"), owner, JULY);
    }

    @Test
    void formsTheTeamOnce() {
        fixture.given(enrolled()).when(new FormChangeTeamCommand(P, MARCH)).expectEvents(team());
        fixture.given(enrolled(), team()).when(new FormChangeTeamCommand(P, MARCH))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void membersNeedATeamAndJoinOnce() {
        fixture.given(enrolled()).when(new AddTeamMemberCommand(P, "m-1", TeamRole.FINANCE, "Dept", MARCH))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(enrolled(), team()).when(new AddTeamMemberCommand(P, "m-1", TeamRole.FINANCE, "Dept", MARCH))
                .expectEvents(member("m-1", TeamRole.FINANCE));
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE))
                .when(new AddTeamMemberCommand(P, "m-1", TeamRole.DEI, "Dept", MARCH))
                .expectException(RuleViolation.class).expectExceptionMessage("member 'm-1' is already on the team");
    }

    @Test
    void aGoalIsCommittedByATeamWithItsOwnerRoleAndAFutureTarget() {
        fixture.given(enrolled(), team(), member("m-1", TeamRole.CONTRACTING_PROCUREMENT_OFFICER))
                .when(goal("g-1", TeamRole.CONTRACTING_PROCUREMENT_OFFICER, LocalDate.of(2024, 6, 30)))
                .expectEvents(new GoalCommitted(P, C, PROG, "g-1", "Advance payment", LocalDate.of(2024, 6, 30),
                        List.of("80% by 2024-Q2"), "CONTRACTING_PROCUREMENT_OFFICER", JULY));
    }

    @Test
    void noGoalWithoutATeam() {
        fixture.given(enrolled()).when(goal("g-1", TeamRole.FINANCE, LocalDate.of(2024, 6, 30)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void noGoalOwnedByARoleNobodyHolds() {
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE))
                .when(goal("g-1", TeamRole.EXECUTIVE_LEADERSHIP, LocalDate.of(2024, 6, 30)))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "no team member has the owner role EXECUTIVE_LEADERSHIP");
    }

    @Test
    void noGoalWithATargetDateNotAfterCommitment() {
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE))
                .when(goal("g-1", TeamRole.FINANCE, JULY))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void goalIdsAreUnique() {
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE),
                        new GoalCommitted(P, C, PROG, "g-1", "x", LocalDate.of(2024, 1, 1), List.of("a"), "FINANCE", JULY))
                .when(goal("g-1", TeamRole.FINANCE, LocalDate.of(2024, 6, 30)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void communityEngagementIsRecordedByAnActiveTeamOncePerId() {
        ParticipantCommands.RecordCommunityEngagementCommand listening =
                new ParticipantCommands.RecordCommunityEngagementCommand(P, "ce-1",
                        ParticipantCommands.EngagementActivity.LISTENING_SESSION, 20, List.of("en", "es"),
                        "input on contracting barriers", JULY);
        org.equityaccelerator.events.CommunityEngagementRecorded recorded =
                new org.equityaccelerator.events.CommunityEngagementRecorded(P, C, PROG, "ce-1", "LISTENING_SESSION",
                        20, List.of("en", "es"), "input on contracting barriers", JULY);
        org.equityaccelerator.events.TeamActivated active = new org.equityaccelerator.events.TeamActivated(P, C, PROG,
                3, List.of("EXECUTIVE_LEADERSHIP", "FINANCE"), MARCH);
        fixture.given(enrolled(), team()).when(listening)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("community engagement records need an active change team: activate it first");
        fixture.given(enrolled(), team(), active).when(listening).expectEvents(recorded);
        fixture.given(enrolled(), team(), active, recorded).when(listening)
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aProgramsOwnTaxonomyAndFrameworkTagsAreEnforcedWhereItDeclaredThem() {
        ParticipantEnrolled hospital = new ParticipantEnrolled("h-1", C, "hasc-anchor", "HOSP-1", "Hospital 1",
                "HOSPITAL", LocalDate.of(2023, 3, 1));
        ChangeTeamFormed team = new ChangeTeamFormed("h-1", C, "hasc-anchor", MARCH);
        fixture.given(hospital, team).when(new RecordProcessChangeCommand("h-1", "pc-1", "ADVANCE_PAYMENT",
                        LifecycleStage.PAYMENT, "d", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectException(RuleViolation.class).expectExceptionMessage("change type 'ADVANCE_PAYMENT' is not in "
                        + "the program's taxonomy [LOCAL_HIRING_PATHWAY, PLACE_BASED_INVESTMENT]");
        fixture.given(hospital, team).when(new RecordProcessChangeCommand("h-1", "pc-1", "LOCAL_HIRING_PATHWAY",
                        LifecycleStage.COMMUNITY_INVESTMENT, "d", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectSuccessfulHandlerExecution();
        fixture.given(hospital, team).when(new GoalCommands.DraftGoalCommand("h-1", "g-1", "Anchor goal",
                        List.of("HAN-IP", "HIP-1"), JULY))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aProgramWithoutADeclaredTaxonomyTakesAnyChangeType() {
        fixture.given(enrolled(), team()).when(new RecordProcessChangeCommand(P, "pc-1", "PILOT_TEST",
                        LifecycleStage.OUTREACH_TA, "d", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aWithdrawnParticipantKeepsItsHistoryButRecordsNothingNew() {
        org.equityaccelerator.events.ParticipantWithdrew withdrew = new org.equityaccelerator.events.ParticipantWithdrew(
                P, C, PROG, "LHJ-A", "reorganisation", JULY);
        fixture.given(enrolled(), team())
                .when(new ParticipantCommands.WithdrawParticipantCommand(P, "reorganisation", JULY))
                .expectEvents(withdrew);
        fixture.given(enrolled(), team(), withdrew)
                .when(new ParticipantCommands.WithdrawParticipantCommand(P, "again", JULY))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(enrolled(), team(), withdrew)
                .when(new AddTeamMemberCommand(P, "m-9", TeamRole.FINANCE, "Dept", JULY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the participant withdrew on 2023-07-12: nothing new is recorded for it");
        fixture.given(enrolled(), team(), withdrew)
                .when(new RecordProcessChangeCommand(P, "pc-1", "ADVANCE_PAYMENT", LifecycleStage.PAYMENT, "d",
                        ProcessChangeStatus.PROPOSED, false, JULY))
                .expectException(RuleViolation.class).expectNoEvents();
        // every command of the stream, not only those that create something
        fixture.given(enrolled(), team(), withdrew)
                .when(new GoalCommands.AbandonGoalCommand(P, "g-1", "no longer relevant", JULY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the participant withdrew on 2023-07-12: nothing new is recorded for it");
    }

    @Test
    void processChangesNeedATeamAndUniqueIds() {
        RecordProcessChangeCommand change = new RecordProcessChangeCommand(P, "pc-1", "ADVANCE_PAYMENT",
                LifecycleStage.PAYMENT, "advance", ProcessChangeStatus.IMPLEMENTED, true, JULY);
        ProcessChangeRecorded recorded = new ProcessChangeRecorded(P, C, PROG, "pc-1", "ADVANCE_PAYMENT", "PAYMENT",
                "advance", "IMPLEMENTED", true, JULY);
        fixture.given(enrolled()).when(change).expectException(RuleViolation.class);
        fixture.given(enrolled(), team()).when(change).expectEvents(recorded);
        fixture.given(enrolled(), team(), recorded).when(change).expectException(RuleViolation.class);
    }

    @Test
    void consentIsGivenByARoleOnTheTeam() {
        fixture.given(enrolled(), team(), member("m-1", TeamRole.EXECUTIVE_LEADERSHIP))
                .when(new ParticipantCommands.RecordConsentCommand(P, ParticipantCommands.ConsentScope.REGIONAL_NAMED,
                        TeamRole.EXECUTIVE_LEADERSHIP, MARCH))
                .expectEvents(new org.equityaccelerator.events.ConsentRecorded(P, C, PROG, "REGIONAL_NAMED",
                        "EXECUTIVE_LEADERSHIP", MARCH));
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE))
                .when(new ParticipantCommands.RecordConsentCommand(P, ParticipantCommands.ConsentScope.REGIONAL_NAMED,
                        TeamRole.EXECUTIVE_LEADERSHIP, MARCH))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void theTeamKeepsToTheCohortsMaximumSize() {
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE), member("m-2", TeamRole.DEI),
                        member("m-3", TeamRole.HR))
                .when(new AddTeamMemberCommand(P, "m-4", TeamRole.FINANCE, "Dept", MARCH))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "the team already has the cohort's maximum of 3 members");
    }

    @Test
    void activationNeedsTheMinimumSizeAndEveryRequiredRole() {
        ParticipantCommands.ActivateTeamCommand activate = new ParticipantCommands.ActivateTeamCommand(P, MARCH);
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE), member("m-2", TeamRole.EXECUTIVE_LEADERSHIP))
                .when(activate).expectException(RuleViolation.class).expectNoEvents();
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE), member("m-2", TeamRole.DEI),
                        member("m-3", TeamRole.HR))
                .when(activate).expectException(RuleViolation.class)
                .expectExceptionMessage("required roles not yet on the team: [EXECUTIVE_LEADERSHIP]");
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE), member("m-2", TeamRole.DEI),
                        member("m-3", TeamRole.EXECUTIVE_LEADERSHIP))
                .when(activate).expectEvents(new org.equityaccelerator.events.TeamActivated(P, C, PROG, 3,
                        List.of("DEI", "EXECUTIVE_LEADERSHIP", "FINANCE"), MARCH));
        // a removal brings it below: a member leaves, activation is refused again
        fixture.given(enrolled(), team(), member("m-1", TeamRole.FINANCE), member("m-2", TeamRole.DEI),
                        member("m-3", TeamRole.EXECUTIVE_LEADERSHIP),
                        new org.equityaccelerator.events.TeamMemberRemoved(P, C, PROG, "m-3", "left", MARCH))
                .when(activate).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aBarrierIsAddressedOnlyByAnImplementedChangeOfTheSameParticipant() {
        org.equityaccelerator.events.BarrierIdentified barrier = new org.equityaccelerator.events.BarrierIdentified(P,
                C, PROG, "b-1", "PAYMENT", "reimbursement only", "STAFF", null, MARCH);
        ProcessChangeRecorded proposed = new ProcessChangeRecorded(P, C, PROG, "pc-1", "ADVANCE_PAYMENT", "PAYMENT",
                "advance", "PROPOSED", true, JULY);
        ProcessChangeRecorded implemented = new ProcessChangeRecorded(P, C, PROG, "pc-2", "ADVANCE_PAYMENT", "PAYMENT",
                "advance", "IMPLEMENTED", true, JULY);
        fixture.given(enrolled(), team(), barrier, proposed)
                .when(new ParticipantCommands.MarkBarrierAddressedCommand(P, "b-1", "pc-1", JULY))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(enrolled(), team(), barrier)
                .when(new ParticipantCommands.MarkBarrierAddressedCommand(P, "b-1", "pc-of-someone-else", JULY))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(enrolled(), team(), barrier, implemented)
                .when(new ParticipantCommands.MarkBarrierAddressedCommand(P, "b-1", "pc-2", JULY))
                .expectEvents(new org.equityaccelerator.events.BarrierAddressed(P, C, PROG, "b-1", "pc-2", JULY));
        fixture.given(enrolled(), team(), barrier,
                        new org.equityaccelerator.events.BarrierAccepted(P, C, PROG, "b-1", "state law", JULY))
                .when(new ParticipantCommands.AcceptBarrierCommand(P, "b-1", "again", JULY))
                .expectException(RuleViolation.class).expectNoEvents();
    }
}
