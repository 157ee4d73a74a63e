package org.equityaccelerator.command.access;

import org.equityaccelerator.access.Placements;
import org.equityaccelerator.access.web.AccessRule;
import org.equityaccelerator.access.web.BoundedBody;
import org.equityaccelerator.access.web.Target;
import org.equityaccelerator.command.participant.Enrolments;
import org.equityaccelerator.events.InstrumentEvent;

import java.util.ArrayList;
import java.util.List;

import static org.equityaccelerator.access.Role.AUDITOR;
import static org.equityaccelerator.access.Role.FACILITATOR;
import static org.equityaccelerator.access.Role.PROGRAM_ADMIN;
import static org.equityaccelerator.access.Role.REVIEWER;
import static org.equityaccelerator.access.Role.TEAM_LEAD;
import static org.equityaccelerator.access.Role.TEAM_MEMBER;
import static org.equityaccelerator.access.web.AccessRule.get;
import static org.equityaccelerator.access.web.AccessRule.post;

/**
 * Who may send what, endpoint by endpoint: one explicit row per endpoint, so that an endpoint without a row is denied
 * (and fails the authorization matrix test). Program admins may do everything within their program; facilitators run
 * cohorts and sessions; a team works on its own participant only; reviewers approve metric values.
 */
final class CommandAccessRules {
    private static final String P = "/participants/{participantId}";
    private static final String C = "/cohorts/{cohortId}";
    private static final String I = "/instruments/{instrumentId}/versions/{version}";

    private CommandAccessRules() {
    }

    static List<AccessRule> rules(String operatorProgram) {
        Target participant = Target.participant("participantId");
        Target cohort = Target.cohort("cohortId");
        List<AccessRule> rules = new ArrayList<>();
        // program and cohort set-up
        // a bootstrap admin registers its program; the operator's admins any program (also one with a generated id)
        rules.add(post("/programs", Target.programInBodyOr(operatorProgram), PROGRAM_ADMIN));
        rules.add(post("/cohorts", Target.programInBody("programId"), PROGRAM_ADMIN));
        for (String setUp : List.of("/phases", "/metrics", "/instruments", "/closure")) {
            rules.add(post(C + setUp, cohort, PROGRAM_ADMIN));
        }
        rules.add(post("/instruments", Target.programInBody("programId"), PROGRAM_ADMIN));
        for (String step : List.of("/domains", "/items", "/scale", "/scoring-rule", "/publication")) {
            rules.add(post(I + step, instrumentVersion(), PROGRAM_ADMIN));
        }
        // running the cohort
        for (String running : List.of("/sessions", "/sessions/{sessionId}/rescheduling", "/sessions/{sessionId}/held",
                "/sessions/{sessionId}/cancellation", "/sessions/{sessionId}/attendance",
                "/sessions/{sessionId}/attendance/{participantId}/corrections", "/participants", "/recommendations")) {
            rules.add(post(C + running, cohort, PROGRAM_ADMIN, FACILITATOR));
        }
        rules.add(post("/recommendations/{recommendationId}/publication", Target.aggregate("recommendationId"),
                PROGRAM_ADMIN, FACILITATOR));
        rules.add(post("/recommendations/{recommendationId}/endorsements", endorsingParticipant(),
                PROGRAM_ADMIN, TEAM_LEAD));
        // the team's own participant: its lead decides team, consent and withdrawal; members do the work
        for (String lead : List.of("/change-team", "/change-team/members", "/change-team/members/{memberRef}/removal",
                "/change-team/activation", "/consent", "/withdrawal")) {
            rules.add(post(P + lead, participant, PROGRAM_ADMIN, TEAM_LEAD));
        }
        for (String work : teamWork()) {
            rules.add(post(P + work, participant, PROGRAM_ADMIN, TEAM_LEAD, TEAM_MEMBER));
        }
        // four eyes: reviewers (never the reporter, checked by the aggregate on the token's subject)
        for (String review : List.of("/approval", "/return")) {
            rules.add(post(P + "/metrics/{metricId}/observations/{period}" + review, participant,
                    PROGRAM_ADMIN, REVIEWER));
        }
        // access and audit
        rules.add(post("/programs/{programId}/grants", program(), PROGRAM_ADMIN));
        rules.add(post("/programs/{programId}/grants/revocation", program(), PROGRAM_ADMIN));
        rules.add(get("/programs/{programId}/access-history", program(), PROGRAM_ADMIN, AUDITOR));
        rules.add(get("/history/aggregates/{aggregateId}", Target.aggregate("aggregateId"), PROGRAM_ADMIN, AUDITOR));
        rules.add(get("/history/events", Target.program(operatorProgram), PROGRAM_ADMIN, AUDITOR));
        rules.add(get("/history/verify", Target.program(operatorProgram), PROGRAM_ADMIN, AUDITOR));
        // disaster recovery: resends every program's events
        rules.add(post("/publishing/republish", Target.program(operatorProgram), PROGRAM_ADMIN));
        return rules;
    }

    private static List<String> teamWork() {
        String goal = "/goals/{goalId}";
        String change = "/process-changes/{processChangeId}";
        String assessment = "/assessments/{assessmentId}";
        String metric = "/metrics/{metricId}";
        return List.of("/goal-drafts", "/goals", goal + "/progress-reports", goal + "/revisions", goal + "/achievement",
                goal + "/deferral", goal + "/abandonment", goal + "/reopening",
                "/process-changes", change + "/adoption", change + "/implementation", change + "/institutionalization",
                change + "/rollback",
                "/barriers", "/barriers/{barrierId}/addressed", "/barriers/{barrierId}/acceptance",
                "/community-engagements",
                "/assessments", assessment + "/responses", assessment + "/completion", assessment + "/reopening",
                assessment + "/items/{itemKey}/amendment",
                metric + "/baseline", metric + "/target", metric + "/observations",
                metric + "/observations/{period}/corrections", metric + "/observations/{period}/submission");
    }

    private static Target program() {
        return (request, placements) -> java.util.Optional.of(
                org.equityaccelerator.access.Placement.program(request.getVariables().get("programId")));
    }

    private static Target instrumentVersion() {
        return (request, placements) -> placements.aggregate(InstrumentEvent.streamIdOf(
                request.getVariables().get("instrumentId"), request.getVariables().get("version")));
    }

    /** An endorsement speaks for the organisation named in the body, within the recommendation's cohort. */
    private static Target endorsingParticipant() {
        return (request, placements) -> placements.aggregate(request.getVariables().get("recommendationId"))
                .flatMap(recommendation -> BoundedBody.field(request.getRequest(), "orgId")
                        .flatMap(org -> participantOf(placements, recommendation.cohortId(), org)));
    }

    private static java.util.Optional<org.equityaccelerator.access.Placement> participantOf(
            Placements placements, String cohortId, String orgId) {
        return cohortId == null ? java.util.Optional.empty()
                : placements.participant(Enrolments.participantIdOf(cohortId, orgId));
    }
}
