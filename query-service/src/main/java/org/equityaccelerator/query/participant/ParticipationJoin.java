package org.equityaccelerator.query.participant;

import org.equityaccelerator.query.regional.RegionalTallies;
import org.equityaccelerator.query.regional.SessionTally;

import java.time.LocalDate;

/**
 * Attendance lives in the cohort's stream (a session is the cohort's), so the participant view gets its participation
 * figures when it is served, from the regional view of the same moment (live, or folded as of the same dates).
 */
final class ParticipationJoin {
    private ParticipationJoin() {
    }

    static ParticipantProgress.Participation of(ParticipantProgress participant, RegionalTallies cohort) {
        if (cohort == null || participant.enrolledOn == null) {
            return null;
        }
        int held = 0;
        int attended = 0;
        String last = null;
        LocalDate lastOn = null;
        for (SessionTally.Session session : cohort.sessions.sessions) {
            if (!session.heldWhileTakingPart(participant.enrolledOn, participant.withdrawnOn)) {
                continue;
            }
            held++;
            if (session.attendedBy(participant.participantId)) {
                attended++;
                if (lastOn == null || session.heldOn.isAfter(lastOn)) {
                    lastOn = session.heldOn;
                    last = session.sessionId;
                }
            }
        }
        return new ParticipantProgress.Participation(held, attended,
                held == 0 ? null : Math.round(100f * attended / held), last, lastOn);
    }
}
