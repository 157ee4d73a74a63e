package org.equityaccelerator.local.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.equityaccelerator.local.access.Caller.AUDITOR;
import static org.equityaccelerator.local.access.Caller.FACILITATOR;
import static org.equityaccelerator.local.access.Caller.LEAD_A;
import static org.equityaccelerator.local.access.Caller.MEMBER_A;
import static org.equityaccelerator.local.access.Caller.MEMBER_B;
import static org.equityaccelerator.local.access.Caller.PARTNER;
import static org.equityaccelerator.local.access.Caller.REGIONAL_VIEWER;
import static org.equityaccelerator.local.access.Caller.REVIEWER;

/**
 * What the matrix expects, written down independently of the services' rule tables: for every endpoint (as the
 * OpenAPI documents name it) the callers that get past authorization on the fixture's targets (participant LHJ-A, cohort
 * pha-rea-2023, program pha-rea). Everyone else gets 403, anonymous 401. An endpoint missing here fails the test.
 */
final class ExpectedAccess {
    static final String KNOWN_AT = "?knownAt=2030-01-01T00:00:00Z";
    private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);
    private static final Set<Caller> COHORT_MEMBERS = EnumSet.of(REGIONAL_VIEWER, MEMBER_A, MEMBER_B, LEAD_A,
            FACILITATOR, REVIEWER, AUDITOR, PARTNER);
    private static final Set<Caller> TEAM_A = EnumSet.of(LEAD_A, MEMBER_A);

    private ExpectedAccess() {
    }

    static Map<String, Set<Caller>> commandSide() {
        Map<String, Set<Caller>> rows = new LinkedHashMap<>();
        for (String setUp : List.of("/programs", "/cohorts", "/cohorts/{cohortId}/phases", "/cohorts/{cohortId}/metrics",
                "/cohorts/{cohortId}/instruments", "/cohorts/{cohortId}/closure", "/instruments",
                "/programs/{programId}/grants", "/programs/{programId}/grants/revocation")) {
            rows.put("POST " + setUp, NOBODY);   // program admins of pha-rea only: none among the callers
        }
        String i = "/instruments/{instrumentId}/versions/{version}";
        for (String step : List.of("/domains", "/items", "/scale", "/scoring-rule", "/publication")) {
            rows.put("POST " + i + step, NOBODY);
        }
        String c = "/cohorts/{cohortId}";
        for (String running : List.of("/sessions", "/sessions/{sessionId}/rescheduling", "/sessions/{sessionId}/held",
                "/sessions/{sessionId}/cancellation", "/sessions/{sessionId}/attendance",
                "/sessions/{sessionId}/attendance/{participantId}/corrections", "/participants", "/recommendations")) {
            rows.put("POST " + c + running, EnumSet.of(FACILITATOR));
        }
        rows.put("POST /recommendations/{recommendationId}/publication", EnumSet.of(FACILITATOR));
        rows.put("POST /recommendations/{recommendationId}/endorsements", EnumSet.of(LEAD_A)); // orgId LHJ-A
        String p = "/participants/{participantId}";
        for (String lead : List.of("/change-team", "/change-team/members", "/change-team/members/{memberRef}/removal",
                "/change-team/activation", "/consent", "/withdrawal")) {
            rows.put("POST " + p + lead, EnumSet.of(LEAD_A));
        }
        String goal = p + "/goals/{goalId}";
        String change = p + "/process-changes/{processChangeId}";
        String assessment = p + "/assessments/{assessmentId}";
        String metric = p + "/metrics/{metricId}";
        for (String work : List.of(p + "/goal-drafts", p + "/goals", goal + "/progress-reports", goal + "/revisions",
                goal + "/achievement", goal + "/deferral", goal + "/abandonment", goal + "/reopening",
                p + "/process-changes", change + "/adoption", change + "/implementation",
                change + "/institutionalization", change + "/rollback", p + "/barriers",
                p + "/barriers/{barrierId}/addressed", p + "/barriers/{barrierId}/acceptance",
                p + "/community-engagements", p + "/assessments", assessment + "/responses",
                assessment + "/completion", assessment + "/reopening", assessment + "/items/{itemKey}/amendment",
                metric + "/baseline", metric + "/target", metric + "/observations",
                metric + "/observations/{period}/corrections", metric + "/observations/{period}/submission")) {
            rows.put("POST " + work, TEAM_A);
        }
        rows.put("POST " + metric + "/observations/{period}/approval", EnumSet.of(REVIEWER));
        rows.put("POST " + metric + "/observations/{period}/return", EnumSet.of(REVIEWER));
        rows.put("GET /programs/{programId}/access-history", EnumSet.of(AUDITOR));
        rows.put("GET /history/aggregates/{aggregateId}", EnumSet.of(AUDITOR));
        rows.put("GET /history/events", EnumSet.of(AUDITOR));
        rows.put("GET /history/verify", EnumSet.of(AUDITOR));
        rows.put("POST /publishing/republish", NOBODY);      // admins of the operator's program only
        return rows;
    }

    static Map<String, Set<Caller>> querySide() {
        Map<String, Set<Caller>> rows = new LinkedHashMap<>();
        rows.put("GET /participants/{participantId}/progress", EnumSet.of(LEAD_A, MEMBER_A, FACILITATOR, REVIEWER,
                AUDITOR));
        rows.put("GET /participants/{participantId}/progress" + KNOWN_AT, EnumSet.of(AUDITOR));
        for (String cohortRead : List.of("/cohorts/{cohortId}/progress", "/cohorts/{cohortId}/progress.csv",
                "/cohorts/{cohortId}/participants", "/cohorts/{cohortId}/participants.csv")) {
            rows.put("GET " + cohortRead, COHORT_MEMBERS);
        }
        rows.put("GET /cohorts/{cohortId}/progress" + KNOWN_AT, EnumSet.of(AUDITOR));
        rows.put("GET /cohorts/{cohortId}/progress.csv" + KNOWN_AT, EnumSet.of(AUDITOR));
        rows.put("GET /projections/rebuild", NOBODY);         // admins of the operator's program only
        rows.put("POST /projections/rebuild", NOBODY);
        rows.put("POST /projections/rebuild/swap", NOBODY);
        return rows;
    }
}
