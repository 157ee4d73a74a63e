package org.equityaccelerator.query.regional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The published regional view: exactly the mapped fields, the same figures as before the fold was split. */
class RegionalPublicationTest {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static RegionalProgress served(RegionalFixture fixture, LocalDate on) {
        return RegionalPublication.publish(RegionalProgressFold.replay(fixture.events.events()), on);
    }

    /**
     * A cohort touching every area, served as the API serves it, equals the document captured from the single fold
     * before it was split into tallies (src/test/resources/regional/served-fixture.json): any field that appears,
     * disappears or changes value fails here.
     */
    @Test
    void theServedViewIsExactlyTheMappedFigures() throws Exception {
        JsonNode served = JSON.readTree(JSON.writeValueAsString(served(new RegionalFixture(), LocalDate.of(2024, 7, 1))));
        JsonNode expected;
        try (var golden = getClass().getResourceAsStream("/regional/served-fixture.json")) {
            expected = JSON.readTree(golden);
        }
        assertThat(served).isEqualTo(expected);
    }

    /** Internal fields of the tallies (names, member refs, scores, values, endorser ids) never reach the view. */
    @Test
    void nothingInternalIsPublished() {
        RegionalFixture fixture = new RegionalFixture();
        String served = JSON.writeValueAsString(served(fixture, LocalDate.of(2024, 7, 1)));
        assertThat(served).doesNotContain(fixture.b, fixture.c, fixture.d, "LHJ-B", "\"m-0\"", "orgName",
                "baselineScores", "latestItemLevels", "attendees", "endorsers", "9500000", "\"members\"");
    }

    /** Closed at the end of 2023 and read in 2026: open goals are carried over, not overdue for three years. */
    @Test
    void aCohortClosedIn2023ServedIn2026CountsItsGoalsToTheClosure() {
        RegionalProgress view = served(new RegionalFixture(), LocalDate.of(2026, 11, 30));
        assertThat(view.closedOn).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(view.goalsOverdue).isZero();        // every target date lies in 2024
        assertThat(view.goalsCarriedOver).isEqualTo(3);
        assertThat(served(new RegionalFixture(), LocalDate.of(2024, 7, 1)).goalsOverdue).isZero(); // past the targets
    }

    /**
     * A one-participant cohort (and a two-participant one, below the default minimum of three): no row shows one
     * organisation's figures, not even as anonymous-01; the cohort figures stay.
     */
    @Test
    void fewerParticipantsThanTheMinimumShowNoParticipantRows() {
        org.equityaccelerator.query.TestEvents events = new org.equityaccelerator.query.TestEvents("p", "solo")
                .cohort(RegionalProgressFoldTest.REQUIRED);
        events.participant("HOSPITAL-1", 2, "EXECUTIVE_LEADERSHIP");
        RegionalProgress one = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2023, 12, 1));
        assertThat(one.participants).isEmpty();
        assertThat(one.participantRowsSuppressed).isTrue();
        assertThat(one.goalsCommitted).isEqualTo(2);
        events.participant("HOSPITAL-2", 1, "EXECUTIVE_LEADERSHIP");
        assertThat(RegionalPublication.publish(RegionalProgressFold.replay(events.events()), LocalDate.of(2023, 12, 1))
                .participants).isEmpty();
        events.participant("HOSPITAL-3", 1, "EXECUTIVE_LEADERSHIP");
        RegionalProgress three = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2023, 12, 1));
        assertThat(three.participants).containsOnlyKeys("anonymous-01", "anonymous-02", "anonymous-03");
        assertThat(three.participantRowsSuppressed).isFalse();
    }

    /** Three enrolled, two withdrawn: one taking part is below the minimum, withdrawn rows protect nobody. */
    @Test
    void participantRowsCountOnlyTheParticipantsTakingPart() {
        org.equityaccelerator.query.TestEvents events = new org.equityaccelerator.query.TestEvents("p", "c").cohort();
        for (String org : java.util.List.of("LHJ-A", "LHJ-B", "LHJ-C")) {
            String id = events.participant(org, 0, "FINANCE");
            if (!org.equals("LHJ-A")) {
                events.add(new org.equityaccelerator.events.ParticipantWithdrew(id, "c", "p", org, "r",
                        LocalDate.of(2023, 6, 1)));
            }
        }
        RegionalProgress view = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2023, 12, 1));
        assertThat(view.participantsActive).isEqualTo(1);
        assertThat(view.participantRowsSuppressed).isTrue();
        assertThat(view.participants).isEmpty();
    }

    /** A participant that withdrew in 2023 from a cohort still running: its goals are nobody's overdue goals. */
    @Test
    void aWithdrawnParticipantsGoalsAreNotOverdue() {
        org.equityaccelerator.query.TestEvents events = new org.equityaccelerator.query.TestEvents("p", "c").cohort();
        events.participant("LHJ-A", 1, "FINANCE"); // target 2024-06-30
        String b = events.participant("LHJ-B", 2, "FINANCE");
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(b, "c", "p", "LHJ-B", "r",
                LocalDate.of(2023, 9, 30)));
        RegionalProgress view = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2026, 11, 30));
        assertThat(view.goalsOverdue).isEqualTo(1); // LHJ-A's only
    }

    /** A withdrawal dated before a session the participant attended: 3 present over 2 taking part. */
    @Test
    void aBackdatedWithdrawalNeverPushesAnAttendanceRateOver100() {
        org.equityaccelerator.query.TestEvents events = new org.equityaccelerator.query.TestEvents("pha-rea",
                "pha-rea-2023").cohort();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (String org : java.util.List.of("LHJ-A", "LHJ-B", "LHJ-C")) {
            ids.add(events.participant(org, 0, "FINANCE"));
        }
        events.add(new org.equityaccelerator.events.SessionHeld("pha-rea-2023", "pha-rea", "s2", null,
                LocalDate.of(2023, 4, 16)));
        for (String id : ids) {
            events.add(new org.equityaccelerator.events.AttendanceRecorded("pha-rea-2023", "pha-rea", "s2", id, 2,
                    java.util.List.of("FINANCE"), LocalDate.of(2023, 4, 16)));
        }
        events.add(new org.equityaccelerator.events.ParticipantWithdrew(ids.get(2), "pha-rea-2023", "pha-rea",
                "LHJ-C", "r", LocalDate.of(2023, 4, 1)));
        RegionalProgress view = RegionalPublication.publish(RegionalProgressFold.replay(events.events()),
                LocalDate.of(2024, 1, 31));
        RegionalProgress.Session s2 = view.sessions.stream().filter(s -> "s2".equals(s.sessionId)).findFirst()
                .orElseThrow();
        assertThat(s2.attendanceRate).isEqualTo(100); // 2 of the 2 taking part; LHJ-C had withdrawn
        assertThat(view.phases).allSatisfy(p -> assertThat(p.attendanceRate() == null ? 0 : p.attendanceRate())
                .isLessThanOrEqualTo(100));
    }

    /** Sessions show their type and modality; a move may change the modality. */
    @Test
    void sessionsShowTheirTypeAndModality() {
        RegionalFixture fixture = new RegionalFixture();
        fixture.events.add(new org.equityaccelerator.events.SessionScheduled(RegionalFixture.C, RegionalFixture.P, "s4",
                4, "Coaching call", LocalDate.of(2023, 9, 1), "MONTH", LocalDate.of(2023, 2, 1), "ph-2", "COACHING",
                "VIRTUAL"));
        fixture.events.add(new org.equityaccelerator.events.SessionScheduled(RegionalFixture.C, RegionalFixture.P, "s5",
                5, "Sharing", LocalDate.of(2023, 10, 1), "MONTH", LocalDate.of(2023, 2, 1), "ph-2", "SHARING",
                "VIRTUAL"));
        fixture.events.add(new org.equityaccelerator.events.SessionRescheduled(RegionalFixture.C, RegionalFixture.P,
                "s5", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 20), "venue found", LocalDate.of(2023, 9, 1),
                "IN_PERSON"));
        RegionalProgress view = served(fixture, LocalDate.of(2023, 12, 1));
        assertThat(view.sessions).extracting(s -> s.sessionType).containsExactly(null, null, null, "COACHING",
                "SHARING");
        assertThat(view.sessions).extracting(s -> s.modality).containsExactly(null, null, null, "VIRTUAL",
                "IN_PERSON");
    }

    /**
     * Per phase: sessions scheduled vs held (by their phase, else by their date), the pooled attendance of the held
     * ones, and goals committed and achieved within the phase's dates.
     */
    @Test
    void eachPhaseShowsItsSessionsAttendanceAndGoals() {
        RegionalProgress view = served(new RegionalFixture(), LocalDate.of(2023, 12, 1));
        // Learn (March-June): s1..s3 scheduled, s1 held (3 of 4 present) and s2 (1 of 4), s3 cancelled
        assertThat(view.phases.get(0)).isEqualTo(new RegionalProgress.Phase("ph-1", "Learn", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 6, 30), "baseline", 3, 2, 50, 0, 0));
        // Act (July-December): the four goals committed on 2023-07-12, LHJ-A's achieved on 2023-11-20
        assertThat(view.phases.get(1)).isEqualTo(new RegionalProgress.Phase("ph-2", "Act", LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 12, 31), "changes", 0, 0, null, 4, 1));
    }

    /** Process changes grouped by the program's own stages, in its order, zeros included; others after them. */
    @Test
    void processChangesAreGroupedByTheProgramsOwnStages() {
        RegionalFixture fixture = new RegionalFixture(); // changes in PAYMENT (proposed) and ACCESS_SUBMISSION (in effect)
        org.equityaccelerator.query.TestEvents programEvents = new org.equityaccelerator.query.TestEvents("sni", "x");
        programEvents.add(new org.equityaccelerator.events.ProgramRegistered("sni", "SNI racial equity pilot", "SNI",
                java.util.List.of("racial equity"), java.util.List.of("PUBLIC_HEALTH_CARE_SYSTEM"),
                LocalDate.of(2021, 9, 1), null, null, null,
                java.util.List.of("ACCESS_SUBMISSION", "PILOT", "SCALE", "PAYMENT")));
        java.util.List<String> stages = ProgramStages.of(programEvents.events());
        assertThat(stages).containsExactly("ACCESS_SUBMISSION", "PILOT", "SCALE", "PAYMENT");
        assertThat(ProgramStages.of(java.util.List.of())).isEqualTo(
                org.equityaccelerator.events.ProgramRegistered.DEFAULT_PROCESS_CHANGE_STAGES);
        RegionalProgress view = RegionalPublication.publish(RegionalProgressFold.replay(fixture.events.events()),
                LocalDate.of(2023, 12, 1), stages);
        assertThat(view.processChangesByStage).containsExactly(
                new RegionalProgress.StageFigure("ACCESS_SUBMISSION", 4, 4, 4),
                new RegionalProgress.StageFigure("PILOT", 0, 0, 0),
                new RegionalProgress.StageFigure("SCALE", 0, 0, 0),
                new RegionalProgress.StageFigure("PAYMENT", 4, 0, 0));
    }
}
