package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.query.TestEvents;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantProgressFoldTest {

    @Test
    void foldsAParticipantStreamIntoItsProgressFigures() {
        TestEvents events = new TestEvents("pha-rea", "pha-rea-2023").cohort("EXECUTIVE_LEADERSHIP");
        String id = events.participant("LHJ-A", 2, "EXECUTIVE_LEADERSHIP", "FINANCE", "FINANCE");
        ParticipantProgress view = fold(events.events(), id);

        assertThat(view.orgId).isEqualTo("LHJ-A");
        assertThat(view.cohortId).isEqualTo("pha-rea-2023");
        assertThat(view.team.formed).isTrue();
        assertThat(view.team.size).isEqualTo(3);
        assertThat(view.team.membersByRole).containsEntry("FINANCE", 2).containsEntry("EXECUTIVE_LEADERSHIP", 1);
        assertThat(view.team.rolesCovered).containsExactly("EXECUTIVE_LEADERSHIP", "FINANCE");
        assertThat(view.goals.committed).isEqualTo(2);
        assertThat(view.goals.items).extracting(ParticipantProgress.Goal::goalId)
                .containsExactly("g-LHJ-A-0", "g-LHJ-A-1");
        assertThat(view.assessments).singleElement().satisfies(a -> {
            assertThat(a.administration()).isEqualTo("BASELINE");
            assertThat(a.domainScores()).containsEntry("D5_PAYMENT", new BigDecimal("0.70"));
            assertThat(a.overallScore()).isEqualByComparingTo("1.00");
        });
        assertThat(view.processChanges.recorded).isEqualTo(2);
        assertThat(view.processChanges.communityInformed).isEqualTo(1);
        assertThat(view.processChanges.byLifecycleStage).containsEntry("PAYMENT", 1).containsEntry("ACCESS_SUBMISSION", 1);
        assertThat(view.processChanges.byStatus).containsEntry("IMPLEMENTED", 1).containsEntry("PROPOSED", 1);
        assertThat(view.eventsApplied).isEqualTo(events.events().stream().filter(e -> e.subject().equals(id)).count());
        assertThat(view.lastRecordedAt).isEqualTo(events.events().get(events.events().size() - 1).time());
    }

    @Test
    void cohortEventsDoNotTouchAParticipantView() {
        TestEvents events = new TestEvents("p", "c").cohort();
        ParticipantProgress view = new ParticipantProgress();
        for (EventEnvelope e : events.events()) {
            assertThat(ParticipantProgressFold.appliesTo(e)).isFalse();
            ParticipantProgressFold.apply(view, e);
        }
        assertThat(view.eventsApplied).isZero();
    }

    static ParticipantProgress fold(List<EventEnvelope> events, String participantId) {
        return ParticipantProgressFold.replay(events.stream().filter(e -> e.subject().equals(participantId)).toList());
    }
}
