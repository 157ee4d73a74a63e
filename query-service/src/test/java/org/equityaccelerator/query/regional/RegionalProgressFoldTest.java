package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.query.TestEvents;
import org.equityaccelerator.query.projection.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RegionalProgressFoldTest {
    static final String[] REQUIRED = {"EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER"};

    @Test
    void countsTheCohortFromAllItsStreams() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());

        assertThat(view.cohortId).isEqualTo("pha-rea-2023");
        assertThat(view.sessions).extracting(RegionalProgress.Session::seq).containsExactly(1, 2, 3);
        assertThat(view.participantsEnrolled).isEqualTo(3);
        assertThat(view.teamsFormed).isEqualTo(3);
        assertThat(view.teamsWithAllRequiredRoles).isEqualTo(2);
        assertThat(view.goalsCommitted).isEqualTo(3);
        assertThat(view.participantsWithCommittedGoal).isEqualTo(2);
        assertThat(view.assessmentsCompleted).isEqualTo(3);
        assertThat(view.assessmentsByAdministration).containsExactly(Map.entry("BASELINE", 3));
        assertThat(view.processChangesRecorded).isEqualTo(6);
        assertThat(view.processChangesByChangeType)
                .containsEntry("ADVANCE_PAYMENT", 3).containsEntry("TRANSLATED_SOLICITATION", 3);
        assertThat(view.processChangesByLifecycleStage).containsEntry("PAYMENT", 3);
    }

    /**
     * Cohort and participant streams sit on different partitions; a restart may interleave them differently. Any
     * interleaving that keeps each stream's own order must give the same view, byte for byte.
     */
    @Test
    void theViewDoesNotDependOnHowStreamsInterleave() {
        List<EventEnvelope> inOrder = cohortOfThree().events();
        String expected = ViewJson.write(fold(inOrder));
        Random random = new Random(42);
        for (int run = 0; run < 20; run++) {
            String actual = ViewJson.write(fold(interleave(inOrder, random)));
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void achievedGoalsCountAcrossReopening() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());
        assertThat(view.goalsAchieved).isEqualTo(1);
        assertThat(view.participantsWithAchievedGoal).isEqualTo(1);
        events.add(new org.equityaccelerator.events.GoalReopened(lhjA, "pha-rea-2023", "pha-rea", "g-LHJ-A-0", "r",
                java.time.LocalDate.of(2024, 7, 1)));
        RegionalProgress reopened = fold(events.events());
        assertThat(reopened.goalsAchieved).isZero();
        assertThat(reopened.participantsWithAchievedGoal).isZero();
    }

    @Test
    void adoptionMatrixCountsParticipantsWithAChangeInEffect() {
        TestEvents events = cohortOfThree();
        RegionalProgress view = fold(events.events());
        // every participant of TestEvents recorded a translated solicitation as implemented
        assertThat(view.adoptionMatrix).containsExactly(Map.entry("TRANSLATED_SOLICITATION", 3));
        assertThat(view.processChangesInEffect).isEqualTo(3);
        assertThat(view.participantsWithChangeInEffect).isEqualTo(3);

        java.time.LocalDate day = java.time.LocalDate.of(2023, 10, 2);
        events.add(new org.equityaccelerator.events.ProcessChangeAdopted(lhjA, "pha-rea-2023", "pha-rea",
                "pc-LHJ-A-1", "DEPARTMENT_POLICY", null, day));
        events.add(new org.equityaccelerator.events.ProcessChangeImplemented(lhjA, "pha-rea-2023", "pha-rea",
                "pc-LHJ-A-1", day, "all", day));
        events.add(new org.equityaccelerator.events.ProcessChangeRolledBack(lhjA, "pha-rea-2023", "pha-rea",
                "pc-LHJ-A-2", "vendor", day.plusDays(30)));
        RegionalProgress later = fold(events.events());
        assertThat(later.adoptionMatrix).containsExactly(Map.entry("ADVANCE_PAYMENT", 1),
                Map.entry("TRANSLATED_SOLICITATION", 2));
        assertThat(later.processChangesInEffect).isEqualTo(3);
        assertThat(later.participantsWithChangeInEffect).isEqualTo(3);
        // and still independent of how streams interleave
        assertThat(ViewJson.write(fold(interleave(events.events(), new Random(7))))).isEqualTo(ViewJson.write(later));
    }

    static String lhjA;

    static TestEvents cohortOfThree() {
        TestEvents events = new TestEvents("pha-rea", "pha-rea-2023").cohort(REQUIRED);
        lhjA = events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER");
        events.add(new org.equityaccelerator.events.GoalAchieved(lhjA, "pha-rea-2023", "pha-rea", "g-LHJ-A-0",
                java.util.List.of("doc:1"), java.time.LocalDate.of(2024, 6, 20)));
        events.participant("LHJ-B", 1, "HEALTH_EQUITY_PROGRAM_MANAGER", "FINANCE", "EXECUTIVE_LEADERSHIP");
        events.participant("LHJ-C", 0, "FINANCE");
        return events;
    }

    static RegionalProgress fold(List<EventEnvelope> events) {
        return RegionalProgressFold.replay(events);
    }

    /** A random merge of the per-stream sequences (each stream keeps its order). */
    static List<EventEnvelope> interleave(List<EventEnvelope> events, Random random) {
        Map<String, List<EventEnvelope>> streams = events.stream()
                .collect(Collectors.groupingBy(EventEnvelope::subject, java.util.LinkedHashMap::new, Collectors.toList()));
        List<java.util.Iterator<EventEnvelope>> cursors = new ArrayList<>();
        streams.values().forEach(s -> cursors.add(s.iterator()));
        List<EventEnvelope> merged = new ArrayList<>();
        while (!cursors.isEmpty()) {
            Collections.shuffle(cursors, random);
            java.util.Iterator<EventEnvelope> cursor = cursors.get(0);
            merged.add(cursor.next());
            if (!cursor.hasNext()) {
                cursors.remove(0);
            }
        }
        return merged;
    }
}
