package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.program.TestPrograms;
import org.equityaccelerator.events.AcceleratorEvent;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.equityaccelerator.events.TeamActivated;
import org.equityaccelerator.events.TeamMemberAdded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one fixture of the participant's tests (as library's {@code PatronFixture}): a Participant aggregate over real
 * Programs, Cohorts and Instruments lookups, and the histories the tests start from. Participant {@link #P} of org
 * LHJ-A, enrolled on 2023-03-01 in cohort {@link #C} of program {@link #PROG}.
 */
final class ParticipantFixture {
    static final String P = "p-1";
    static final String C = "c";
    static final String PROG = "p";
    static final LocalDate ENROLLED_ON = LocalDate.of(2023, 3, 1);
    static final LocalDate TEAM_FORMED_ON = LocalDate.of(2023, 3, 2);

    private ParticipantFixture() {
    }

    /** A fixture for the default cohort {@link #C} (team of 1 to 8, no required role). */
    static AggregateTestFixture<Participant> fixture() {
        return fixture(TestCohorts.cohort(C, 1, 8));
    }

    /**
     * A fixture whose lookups hold {@code reference}: the cohort's events (opened, metrics and instruments adopted,
     * closed) and the instrument versions' events, each aggregate's in order. Every test program is registered.
     */
    static AggregateTestFixture<Participant> fixture(AcceleratorEvent... reference) {
        AggregateTestFixture<Participant> fixture = new AggregateTestFixture<>(Participant.class);
        fixture.registerInjectableResource(TestPrograms.all());
        fixture.registerInjectableResource(TestCohorts.of(reference));
        fixture.registerInjectableResource(TestCohorts.instruments(reference));
        return fixture;
    }

    static ParticipantEnrolled enrolled() {
        return new ParticipantEnrolled(P, C, PROG, "LHJ-A", "LHJ-A", "LHJ_COUNTY", ENROLLED_ON);
    }

    static ChangeTeamFormed teamFormed() {
        return new ChangeTeamFormed(P, C, PROG, TEAM_FORMED_ON);
    }

    static TeamMemberAdded member(String ref, String role) {
        return new TeamMemberAdded(P, C, PROG, ref, role, "Dept", TEAM_FORMED_ON);
    }

    static TeamActivated activated(int size, String... roles) {
        return new TeamActivated(P, C, PROG, size, List.of(roles), LocalDate.of(2023, 3, 3));
    }

    static ParticipantWithdrew withdrew(LocalDate on) {
        return new ParticipantWithdrew(P, C, PROG, "LHJ-A", "reorganisation", on);
    }

    /** Enrolled, with a change team formed, then {@code more}. */
    static Object[] withTeam(Object... more) {
        return then(new Object[]{enrolled(), teamFormed()}, more);
    }

    /** {@code base} followed by {@code more}. */
    static Object[] then(Object[] base, Object... more) {
        List<Object> events = new ArrayList<>(Arrays.asList(base));
        events.addAll(Arrays.asList(more));
        return events.toArray();
    }
}
