package org.equityaccelerator.command.participant;

import org.equityaccelerator.command.cohort.TeamRules;
import org.equityaccelerator.command.rules.RuleViolation;

import java.util.Collection;
import java.util.List;

/**
 * What a cohort's team rules ask of an Equity Change Team (SNI: 3-5 people; PHASoCal: three required roles): no more
 * members than the maximum, and to be activated at least the minimum with every required role held.
 */
final class TeamComposition {
    private TeamComposition() {
    }

    /** A new member still fits a team of {@code members}. */
    static void requireRoomForOneMore(TeamRules rules, int members) {
        if (members >= rules.maxSize()) {
            throw new RuleViolation("memberRef", "the team already has the cohort's maximum of " + rules.maxSize()
                    + " members");
        }
    }

    /** A team whose members hold {@code roles} (one per member) may be activated. */
    static void requireReadyToActivate(TeamRules rules, Collection<String> roles) {
        if (roles.size() < rules.minSize()) {
            throw new RuleViolation("participantId", "the team has " + roles.size() + " members; the cohort "
                    + "asks for at least " + rules.minSize());
        }
        List<String> missing = rules.requiredRoles().stream().filter(role -> !roles.contains(role)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("participantId", "required roles not yet on the team: " + missing);
        }
    }
}
