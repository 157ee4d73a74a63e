package org.equityaccelerator.query.access;

import org.equityaccelerator.access.Role;
import org.equityaccelerator.access.web.AccessRule;
import org.equityaccelerator.access.web.Target;

import java.util.ArrayList;
import java.util.List;

import static org.equityaccelerator.access.Role.AUDITOR;
import static org.equityaccelerator.access.Role.FACILITATOR;
import static org.equityaccelerator.access.Role.PARTNER;
import static org.equityaccelerator.access.Role.PROGRAM_ADMIN;
import static org.equityaccelerator.access.Role.REVIEWER;
import static org.equityaccelerator.access.Role.TEAM_LEAD;
import static org.equityaccelerator.access.Role.TEAM_MEMBER;
import static org.equityaccelerator.access.Role.VIEWER;
import static org.equityaccelerator.access.web.AccessRule.get;
import static org.equityaccelerator.access.web.AccessRule.post;

/**
 * Who may read what, one explicit row per endpoint (an endpoint without a row is denied). A participant's view: its
 * own team and the program's staff. The regional view, participant lists and CSV: every grant holder of the cohort,
 * including the teams of its participants (names only with consent, unless program staff). As known at an earlier
 * instant ({@code knownAt}): auditors and admins. Rebuild and swap: admins of the operator's program.
 */
final class QueryAccessRules {
    static final String KNOWN_AT = "knownAt";
    private static final Role[] COHORT_MEMBERS = {PROGRAM_ADMIN, AUDITOR, PARTNER, FACILITATOR, REVIEWER, VIEWER,
            TEAM_LEAD, TEAM_MEMBER};

    private QueryAccessRules() {
    }

    static List<AccessRule> rules(String operatorProgram) {
        Target participant = Target.participant("participantId");
        Target cohort = Target.cohort("cohortId");
        List<AccessRule> rules = new ArrayList<>();
        rules.add(get("/participants/{participantId}/progress", participant, PROGRAM_ADMIN, AUDITOR)
                .whenParameter(KNOWN_AT));
        rules.add(get("/participants/{participantId}/progress", participant, PROGRAM_ADMIN, AUDITOR, FACILITATOR,
                REVIEWER, TEAM_LEAD, TEAM_MEMBER));
        for (String regional : List.of("/cohorts/{cohortId}/progress", "/cohorts/{cohortId}/progress.csv")) {
            rules.add(get(regional, cohort, PROGRAM_ADMIN, AUDITOR).whenParameter(KNOWN_AT));
            rules.add(get(regional, cohort, COHORT_MEMBERS).orWithin());
        }
        for (String list : List.of("/cohorts/{cohortId}/participants", "/cohorts/{cohortId}/participants.csv")) {
            rules.add(get(list, cohort, COHORT_MEMBERS).orWithin());
        }
        Target operator = Target.program(operatorProgram);
        rules.add(post("/projections/rebuild", operator, PROGRAM_ADMIN));
        rules.add(get("/projections/rebuild", operator, PROGRAM_ADMIN));
        rules.add(post("/projections/rebuild/swap", operator, PROGRAM_ADMIN));
        return rules;
    }
}
