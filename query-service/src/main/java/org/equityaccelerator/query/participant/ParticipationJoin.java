package org.equityaccelerator.query.participant;

import org.equityaccelerator.query.regional.RegionalProgress;

import java.time.LocalDate;

/**
 * Attendance lives in the cohort's stream (a session is the cohort's), so the participant view gets its participation
 * figures when it is served, from the regional view of the same moment (live, or folded as of the same dates).
 */
final class ParticipationJoin {
    private ParticipationJoin() {
    }

    static ParticipantProgress.Participation of(ParticipantProgress participant, RegionalProgress cohort) {
        if (cohort == null || participant.enrolledOn == null) {
            return null;
        }
        int held = 0;
        int attended = 0;
        String last = null;
        LocalDate lastOn = null;
        for (RegionalProgress.Session session : cohort.sessions) {
            if (!"HELD".equals(session.status) || session.heldOn == null
                    || session.heldOn.isBefore(participant.enrolledOn)
                    || (participant.withdrawnOn != null && session.heldOn.isAfter(participant.withdrawnOn))) {
                continue; // only the sessions held while the participant took part
            }
            held++;
            if (session.attendees.getOrDefault(participant.participantId, 0) > 0) {
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
