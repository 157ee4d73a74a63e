package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.AttendanceCorrected;
import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.SessionCancelled;
import org.equityaccelerator.events.SessionEvent;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.events.SessionRescheduled;
import org.equityaccelerator.events.SessionScheduled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** The cohort's session calendar and who attended each session. */
public class SessionTally {
    /** In the order of their sequence number. */
    public List<Session> sessions = new ArrayList<>();

    public enum Status { SCHEDULED, HELD, CANCELLED }

    public static class Session {
        public String sessionId;
        public int seq;
        public String title;
        public LocalDate scheduledFor;
        public String datePrecision;
        public String phaseId;
        /** KICK_OFF, WORKSHOP, COACHING, SHARING...; null for sessions scheduled before types existed. */
        public String sessionType;
        /** VIRTUAL, IN_PERSON or HYBRID; null when not declared. */
        public String modality;
        public Status status = Status.SCHEDULED;
        public LocalDate heldOn;
        public int reschedulings;
        /** participantId -> attendees (internal: only counts are published). */
        public TreeMap<String, Integer> attendees = new TreeMap<>();

        public boolean held() {
            return status == Status.HELD && heldOn != null;
        }

        /**
         * Whether the session was held while a participant enrolled on {@code enrolledOn} (and withdrawn on
         * {@code withdrawnOn}, null if not) took part: it counts in that participant's sessions held and in the
         * session's attendance denominator. A session on the day of the withdrawal still counts.
         */
        public boolean heldWhileTakingPart(LocalDate enrolledOn, LocalDate withdrawnOn) {
            return held() && enrolledOn != null && !heldOn.isBefore(enrolledOn)
                    && (withdrawnOn == null || !heldOn.isAfter(withdrawnOn));
        }

        /** Whether the participant's team was there (a team recorded with nobody present was not). */
        public boolean attendedBy(String participantId) {
            return attendees.getOrDefault(participantId, 0) > 0;
        }
    }

    static boolean appliesTo(Object data) {
        return data instanceof SessionEvent;
    }

    void apply(Object data) {
        if (data instanceof SessionScheduled e) {
            Session session = session(e.sessionId());
            session.seq = e.seq();
            session.title = e.title();
            session.scheduledFor = e.scheduledFor();
            session.datePrecision = e.datePrecision();
            session.phaseId = e.phaseId();
            session.sessionType = e.sessionType();
            session.modality = e.modality();
            sessions.sort(Comparator.comparingInt(s -> s.seq));
            return;
        }
        Session session = session(((SessionEvent) data).sessionId());
        if (data instanceof SessionRescheduled e) {
            session.scheduledFor = e.newDate();
            session.reschedulings++;
            if (e.modality() != null) {
                session.modality = e.modality();
            }
        } else if (data instanceof SessionHeld e) {
            session.status = Status.HELD;
            session.heldOn = e.occurredOn();
        } else if (data instanceof SessionCancelled) {
            session.status = Status.CANCELLED;
        } else if (data instanceof AttendanceRecorded e) {
            session.attendees.put(e.participantId(), e.attendeeCount());
        } else if (data instanceof AttendanceCorrected e) {
            session.attendees.put(e.participantId(), e.attendeeCount());
        }
    }

    private Session session(String sessionId) {
        for (Session session : sessions) {
            if (session.sessionId.equals(sessionId)) {
                return session;
            }
        }
        // another event before its scheduling cannot happen within one stream, but a fold must not fail
        Session session = new Session();
        session.sessionId = sessionId;
        sessions.add(session);
        return session;
    }
}
