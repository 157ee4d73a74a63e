package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantWithdrew;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeMap;

/** Who takes part: enrolment, consent and withdrawal of each participant. */
public class RosterTally {
    /** participantId -> its enrolment (internal: names and ids are published only with consent). */
    public TreeMap<String, Member> members = new TreeMap<>();

    public static class Member {
        public String orgId;
        public String orgName;
        public String consentScope;
        public LocalDate enrolledOn;
        public LocalDate withdrawnOn;
        public boolean withdrawn;
    }

    static boolean appliesTo(Object data) {
        return data instanceof ParticipantEnrolled || data instanceof ParticipantWithdrew
                || data instanceof ConsentRecorded;
    }

    void apply(Object data) {
        if (data instanceof ParticipantEnrolled e) {
            Member member = member(e.participantId());
            member.orgId = e.orgId();
            member.orgName = e.orgName();
            member.enrolledOn = e.occurredOn();
        } else if (data instanceof ParticipantWithdrew e) {
            Member member = member(e.participantId());
            member.withdrawn = true;
            member.withdrawnOn = e.occurredOn();
        } else if (data instanceof ConsentRecorded e) {
            member(e.participantId()).consentScope = e.scope();
        }
    }

    int enrolled() {
        return (int) members.values().stream().filter(m -> m.enrolledOn != null).count();
    }

    int withdrawn() {
        return (int) members.values().stream().filter(m -> m.withdrawn).count();
    }

    boolean hasWithdrawn(String participantId) {
        Member member = members.get(participantId);
        return member != null && member.withdrawn;
    }

    /** Participants for whom the session counts: held while they took part. */
    int takingPartIn(SessionTally.Session session) {
        return (int) members.values().stream()
                .filter(m -> session.heldWhileTakingPart(m.enrolledOn, m.withdrawnOn)).count();
    }

    /**
     * Teams present at the session among those taking part on the day it was held: the same rule as
     * {@link #takingPartIn}, so a withdrawal dated before a session the team attended never pushes a rate past 100 %.
     */
    int presentAt(SessionTally.Session session) {
        return (int) members.entrySet().stream()
                .filter(m -> session.heldWhileTakingPart(m.getValue().enrolledOn, m.getValue().withdrawnOn)
                        && session.attendedBy(m.getKey())).count();
    }

    /** Participants enrolled and not withdrawn. */
    int active() {
        return enrolled() - withdrawn();
    }

    boolean named(String participantId) {
        Member member = members.get(participantId);
        return member != null && "REGIONAL_NAMED".equals(member.consentScope) && member.orgName != null;
    }

    /**
     * Consent withdrawn since holds for this earlier roster too: a member that {@code now} (today's roster) does not
     * name takes today's consent here, unless it is one of {@code own} (the caller's own team, shown to it whatever
     * its consent). Only a member that consented then and still consents is named.
     */
    void withholdNamesWithdrawnSince(RosterTally now, Set<String> own) {
        members.forEach((participantId, member) -> {
            if (!own.contains(participantId) && !now.named(participantId)) {
                Member today = now.members.get(participantId);
                member.consentScope = today == null ? null : today.consentScope;
            }
        });
    }

    /** The organisation's name with REGIONAL_NAMED consent, otherwise the anonymous label. */
    String displayName(String participantId) {
        return named(participantId) ? members.get(participantId).orgName : RegionalProgress.ANONYMOUS;
    }

    private Member member(String participantId) {
        return members.computeIfAbsent(participantId, id -> new Member());
    }
}
