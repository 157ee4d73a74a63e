package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.participant.ParticipantCommands.AddTeamMemberCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.CommitGoalCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.FormChangeTeamCommand;
import org.equityaccelerator.command.participant.ParticipantCommands.RecordProcessChangeCommand;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.TeamMemberAdded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.equityaccelerator.command.participant.ParticipantFixture.C;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.PROG;
import static org.equityaccelerator.command.participant.ParticipantFixture.TEAM_FORMED_ON;
import static org.equityaccelerator.command.participant.ParticipantFixture.enrolled;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.member;
import static org.equityaccelerator.command.participant.ParticipantFixture.teamFormed;
import static org.equityaccelerator.command.rules.Refusals.violates;
import static org.equityaccelerator.command.rules.Refusals.withdrawn;

class ParticipantTest {
    static final LocalDate MARCH = TEAM_FORMED_ON;
    static final LocalDate JULY = LocalDate.of(2023, 7, 12);

    final AggregateTestFixture<Participant> fixture =
            fixture(TestCohorts.cohort(C, 3, 3, "EXECUTIVE_LEADERSHIP", "FINANCE"));

    static ChangeTeamFormed team() {
        return teamFormed();
    }

    static CommitGoalCommand goal(String id, String owner, LocalDate target) {
        return new CommitGoalCommand(P, id, "Advance payment", target, List.of("80% by 2024-Q2"), owner, JULY);
    }

    @Test
    void formsTheTeamOnce() {
        fixture.given(enrolled()).when(new FormChangeTeamCommand(P, MARCH)).expectEvents(team());
        fixture.given(enrolled(), team()).when(new FormChangeTeamCommand(P, MARCH))
                .expectException(violates("participantId")).expectNoEvents();
    }

    @Test
    void membersNeedATeamAndJoinOnce() {
        fixture.given(enrolled()).when(new AddTeamMemberCommand(P, "m-1", "FINANCE", "Dept", MARCH))
                .expectException(violates("participantId")).expectNoEvents();
        fixture.given(enrolled(), team()).when(new AddTeamMemberCommand(P, "m-1", "FINANCE", "Dept", MARCH))
                .expectEvents(member("m-1", "FINANCE"));
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"))
                .when(new AddTeamMemberCommand(P, "m-1", "DEI", "Dept", MARCH))
                .expectException(violates("memberRef")).expectExceptionMessage("member 'm-1' is already on the team");
    }

    @Test
    void aGoalIsCommittedByATeamWithItsOwnerRoleAndAFutureTarget() {
        fixture.given(enrolled(), team(), member("m-1", "CONTRACTING_PROCUREMENT_OFFICER"))
                .when(goal("g-1", "CONTRACTING_PROCUREMENT_OFFICER", LocalDate.of(2024, 6, 30)))
                .expectEvents(new GoalCommitted(P, C, PROG, "g-1", "Advance payment", LocalDate.of(2024, 6, 30),
                        List.of("80% by 2024-Q2"), "CONTRACTING_PROCUREMENT_OFFICER", JULY));
    }

    @Test
    void noGoalWithoutATeam() {
        fixture.given(enrolled()).when(goal("g-1", "FINANCE", LocalDate.of(2024, 6, 30)))
                .expectException(violates("participantId")).expectNoEvents();
    }

    @Test
    void noGoalOwnedByARoleNobodyHolds() {
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"))
                .when(goal("g-1", "EXECUTIVE_LEADERSHIP", LocalDate.of(2024, 6, 30)))
                .expectException(violates("ownerRole")).expectExceptionMessage(
                        "no team member has the owner role EXECUTIVE_LEADERSHIP");
    }

    @Test
    void noGoalWithATargetDateNotAfterCommitment() {
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"))
                .when(goal("g-1", "FINANCE", JULY))
                .expectException(violates("targetDate")).expectNoEvents();
    }

    @Test
    void goalIdsAreUnique() {
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"),
                        new GoalCommitted(P, C, PROG, "g-1", "x", LocalDate.of(2024, 1, 1), List.of("a"), "FINANCE", JULY))
                .when(goal("g-1", "FINANCE", LocalDate.of(2024, 6, 30)))
                .expectException(violates("goalId")).expectNoEvents();
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
                .expectException(violates("participantId"))
                .expectExceptionMessage("community engagement records need an active change team: activate it first");
        fixture.given(enrolled(), team(), active).when(listening).expectEvents(recorded);
        fixture.given(enrolled(), team(), active, recorded).when(listening)
                .expectException(violates("engagementId")).expectNoEvents();
    }

    @Test
    void aProgramsOwnTaxonomyAndFrameworkTagsAreEnforcedWhereItDeclaredThem() {
        ParticipantEnrolled hospital = new ParticipantEnrolled("h-1", C, "hasc-anchor", "HOSP-1", "Hospital 1",
                "HOSPITAL", LocalDate.of(2023, 3, 1));
        ChangeTeamFormed team = new ChangeTeamFormed("h-1", C, "hasc-anchor", MARCH);
        fixture.given(hospital, team).when(new RecordProcessChangeCommand("h-1", "pc-1", "ADVANCE_PAYMENT",
                        "PAYMENT", "d", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectException(violates("changeType")).expectExceptionMessage("change type 'ADVANCE_PAYMENT' is not in "
                        + "the program's taxonomy [LOCAL_HIRING_PATHWAY, PLACE_BASED_INVESTMENT]");
        fixture.given(hospital, team).when(new RecordProcessChangeCommand("h-1", "pc-1", "LOCAL_HIRING_PATHWAY",
                        "COMMUNITY_INVESTMENT", "d", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectSuccessfulHandlerExecution();
        fixture.given(hospital, team).when(new GoalCommands.DraftGoalCommand("h-1", "g-1", "Anchor goal",
                        List.of("HAN-IP", "HIP-1"), JULY))
                .expectException(violates("tags")).expectNoEvents();
    }

    @Test
    void aProgramWithoutADeclaredTaxonomyTakesAnyChangeType() {
        fixture.given(enrolled(), team()).when(new RecordProcessChangeCommand(P, "pc-1", "PILOT_TEST",
                        "OUTREACH_TA", "d", ProcessChangeStatus.PROPOSED, false, JULY))
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
                .expectException(withdrawn()).expectNoEvents();
        fixture.given(enrolled(), team(), withdrew)
                .when(new AddTeamMemberCommand(P, "m-9", "FINANCE", "Dept", JULY))
                .expectException(withdrawn())
                .expectExceptionMessage("the participant withdrew on 2023-07-12: nothing new is recorded for it");
        fixture.given(enrolled(), team(), withdrew)
                .when(new RecordProcessChangeCommand(P, "pc-1", "ADVANCE_PAYMENT", "PAYMENT", "d",
                        ProcessChangeStatus.PROPOSED, false, JULY))
                .expectException(withdrawn()).expectNoEvents();
        // every command of the stream, not only those that create something
        fixture.given(enrolled(), team(), withdrew)
                .when(new GoalCommands.AbandonGoalCommand(P, "g-1", "no longer relevant", JULY))
                .expectException(withdrawn())
                .expectExceptionMessage("the participant withdrew on 2023-07-12: nothing new is recorded for it");
    }

    @Test
    void processChangesNeedATeamAndUniqueIds() {
        RecordProcessChangeCommand change = new RecordProcessChangeCommand(P, "pc-1", "ADVANCE_PAYMENT",
                "PAYMENT", "advance", ProcessChangeStatus.IMPLEMENTED, true, JULY);
        ProcessChangeRecorded recorded = new ProcessChangeRecorded(P, C, PROG, "pc-1", "ADVANCE_PAYMENT", "PAYMENT",
                "advance", "IMPLEMENTED", true, JULY);
        fixture.given(enrolled()).when(change).expectException(violates("participantId"));
        fixture.given(enrolled(), team()).when(change).expectEvents(recorded);
        fixture.given(enrolled(), team(), recorded).when(change).expectException(violates("processChangeId"));
    }

    @Test
    void consentIsGivenByARoleOnTheTeam() {
        fixture.given(enrolled(), team(), member("m-1", "EXECUTIVE_LEADERSHIP"))
                .when(new ParticipantCommands.RecordConsentCommand(P, ParticipantCommands.ConsentScope.REGIONAL_NAMED,
                        "EXECUTIVE_LEADERSHIP", MARCH))
                .expectEvents(new org.equityaccelerator.events.ConsentRecorded(P, C, PROG, "REGIONAL_NAMED",
                        "EXECUTIVE_LEADERSHIP", MARCH));
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"))
                .when(new ParticipantCommands.RecordConsentCommand(P, ParticipantCommands.ConsentScope.REGIONAL_NAMED,
                        "EXECUTIVE_LEADERSHIP", MARCH))
                .expectException(violates("grantedByRole")).expectNoEvents();
    }

    @Test
    void theTeamKeepsToTheCohortsMaximumSize() {
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"), member("m-2", "DEI"),
                        member("m-3", "HR"))
                .when(new AddTeamMemberCommand(P, "m-4", "FINANCE", "Dept", MARCH))
                .expectException(violates("memberRef")).expectExceptionMessage(
                        "the team already has the cohort's maximum of 3 members");
    }

    @Test
    void activationNeedsTheMinimumSizeAndEveryRequiredRole() {
        ParticipantCommands.ActivateTeamCommand activate = new ParticipantCommands.ActivateTeamCommand(P, MARCH);
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"), member("m-2", "EXECUTIVE_LEADERSHIP"))
                .when(activate).expectException(violates("participantId")).expectNoEvents();
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"), member("m-2", "DEI"),
                        member("m-3", "HR"))
                .when(activate).expectException(violates("participantId"))
                .expectExceptionMessage("required roles not yet on the team: [EXECUTIVE_LEADERSHIP]");
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"), member("m-2", "DEI"),
                        member("m-3", "EXECUTIVE_LEADERSHIP"))
                .when(activate).expectEvents(new org.equityaccelerator.events.TeamActivated(P, C, PROG, 3,
                        List.of("DEI", "EXECUTIVE_LEADERSHIP", "FINANCE"), MARCH));
        // a removal brings it below: a member leaves, activation is refused again
        fixture.given(enrolled(), team(), member("m-1", "FINANCE"), member("m-2", "DEI"),
                        member("m-3", "EXECUTIVE_LEADERSHIP"),
                        new org.equityaccelerator.events.TeamMemberRemoved(P, C, PROG, "m-3", "left", MARCH))
                .when(activate).expectException(violates("participantId")).expectNoEvents();
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
                .expectException(violates("processChangeId")).expectNoEvents();
        fixture.given(enrolled(), team(), barrier)
                .when(new ParticipantCommands.MarkBarrierAddressedCommand(P, "b-1", "pc-of-someone-else", JULY))
                .expectException(violates("processChangeId")).expectNoEvents();
        fixture.given(enrolled(), team(), barrier, implemented)
                .when(new ParticipantCommands.MarkBarrierAddressedCommand(P, "b-1", "pc-2", JULY))
                .expectEvents(new org.equityaccelerator.events.BarrierAddressed(P, C, PROG, "b-1", "pc-2", JULY));
        fixture.given(enrolled(), team(), barrier,
                        new org.equityaccelerator.events.BarrierAccepted(P, C, PROG, "b-1", "state law", JULY))
                .when(new ParticipantCommands.AcceptBarrierCommand(P, "b-1", "again", JULY))
                .expectException(violates("barrierId")).expectNoEvents();
    }

    @Test
    void membersHoldARoleOfTheProgramsCatalogue() {
        fixture.given(enrolled(), team())
                .when(new AddTeamMemberCommand(P, "m-1", "CHIEF_EQUITY_WIZARD", "Dept", MARCH))
                .expectException(violates("role")).expectNoEvents();
        // a program with its own catalogue: its roles, not the default ones (a fresh fixture per participant)
        ParticipantEnrolled sniSystem = new ParticipantEnrolled("s-1", C, "sni", "SYS-1", "System 1",
                "PUBLIC_HEALTH_CARE_SYSTEM", LocalDate.of(2021, 10, 1));
        ChangeTeamFormed sniTeam = new ChangeTeamFormed("s-1", C, "sni", LocalDate.of(2021, 10, 2));
        fixture().given(sniSystem, sniTeam).when(new AddTeamMemberCommand("s-1", "m-1", "TEAM_LEAD", "Dept", MARCH))
                .expectEvents(new TeamMemberAdded("s-1", C, "sni", "m-1", "TEAM_LEAD", "Dept", MARCH));
        fixture().given(sniSystem, sniTeam).when(new AddTeamMemberCommand("s-1", "m-1", "FINANCE", "Dept", MARCH))
                .expectException(violates("role"))
                .expectExceptionMessage("role 'FINANCE' is not in the program's role catalogue "
                        + "[EXECUTIVE_SPONSOR, TEAM_LEAD, COMMUNITY_PARTNER]");
    }

    @Test
    void processChangesAndBarriersNameAStageOfTheProgramsLifecycle() {
        fixture.given(enrolled(), team()).when(new RecordProcessChangeCommand(P, "pc-1", "PILOT_TEST", "PILOT", "d",
                        ProcessChangeStatus.PROPOSED, false, JULY))
                .expectException(violates("lifecycleStage")).expectNoEvents();
        ParticipantEnrolled sniSystem = new ParticipantEnrolled("s-1", C, "sni", "SYS-1", "System 1",
                "PUBLIC_HEALTH_CARE_SYSTEM", LocalDate.of(2021, 10, 1));
        ChangeTeamFormed sniTeam = new ChangeTeamFormed("s-1", C, "sni", LocalDate.of(2021, 10, 2));
        fixture().given(sniSystem, sniTeam).when(new RecordProcessChangeCommand("s-1", "pc-1", "PILOT_TEST", "PILOT",
                        "affinity groups for staff of colour", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectEvents(new ProcessChangeRecorded("s-1", C, "sni", "pc-1", "PILOT_TEST", "PILOT",
                        "affinity groups for staff of colour", "PROPOSED", false, JULY));
        fixture().given(sniSystem, sniTeam).when(new RecordProcessChangeCommand("s-1", "pc-1", "PILOT_TEST", "PAYMENT",
                        "d", ProcessChangeStatus.PROPOSED, false, JULY))
                .expectException(violates("lifecycleStage"))
                .expectExceptionMessage("stage 'PAYMENT' is not one of the program's process-change stages "
                        + "[PILOT, SPREAD, SUSTAIN]");
        fixture().given(sniSystem, sniTeam).when(new ParticipantCommands.IdentifyBarrierCommand("s-1", "b-1", "PAYMENT",
                        "d", ParticipantCommands.BarrierSource.STAFF, null, JULY))
                .expectException(violates("lifecycleStage")).expectNoEvents();
    }
}
