package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.TeamActivated;
import org.equityaccelerator.events.TeamMemberAdded;
import org.equityaccelerator.events.TeamMemberRemoved;

import java.util.Collection;
import java.util.TreeMap;
import java.util.TreeSet;

/** Each participant's Equity Change Team: formed, activated, its members' roles. */
public class TeamTally {
    /** participantId -> its team. */
    public TreeMap<String, Team> teams = new TreeMap<>();

    public static class Team {
        public boolean formed;
        public boolean active;
        /** memberRef -> role (internal: only the roles covered are published). */
        public TreeMap<String, String> members = new TreeMap<>();

        TreeSet<String> rolesCovered() {
            return new TreeSet<>(members.values());
        }

        boolean hasAll(Collection<String> requiredRoles) {
            return formed && members.values().containsAll(requiredRoles);
        }
    }

    static boolean appliesTo(Object data) {
        return data instanceof ChangeTeamFormed || data instanceof TeamMemberAdded || data instanceof TeamMemberRemoved
                || data instanceof TeamActivated;
    }

    void apply(Object data) {
        if (data instanceof ChangeTeamFormed e) {
            team(e.participantId()).formed = true;
        } else if (data instanceof TeamMemberAdded e) {
            team(e.participantId()).members.put(e.memberRef(), e.role());
        } else if (data instanceof TeamMemberRemoved e) {
            team(e.participantId()).members.remove(e.memberRef());
        } else if (data instanceof TeamActivated e) {
            team(e.participantId()).active = true;
        }
    }

    Team of(String participantId) {
        return teams.getOrDefault(participantId, new Team());
    }

    private Team team(String participantId) {
        return teams.computeIfAbsent(participantId, id -> new Team());
    }
}
