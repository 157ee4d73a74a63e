package org.equityaccelerator.local.access;

import org.equityaccelerator.command.participant.Enrolments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The targets of the matrix, set up by the program admin with a real token: a program, a cohort with a session, an
 * instrument draft and a recommendation, participants LHJ-A and LHJ-B with teams, and the matrix callers' grants.
 */
final class MatrixFixture {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String commandUrl;
    private final String adminToken;

    MatrixFixture(String commandUrl, String adminToken) {
        this.commandUrl = commandUrl;
        this.adminToken = adminToken;
    }

    static String participantId(String orgId) {
        return Enrolments.participantIdOf("pha-rea-2023", orgId);
    }

    void create() throws Exception {
        post("/programs", """
                {"programId":"pha-rea","name":"PHA Regional Equity Accelerator","convener":"PHA SoCal",
                 "focusAreas":["contracting_procurement"],"participantOrgTypes":["LHJ_COUNTY"],"occurredOn":"2023-01-15"}""");
        post("/cohorts", """
                {"cohortId":"pha-rea-2023","programId":"pha-rea","label":"2023","region":"Southern California",
                 "startDate":"2023-03-01","endDate":"2023-12-31","minTeamSize":1,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP"],"occurredOn":"2023-02-01"}""");
        post("/cohorts/pha-rea-2023/sessions", """
                {"sessionId":"S1","seq":1,"title":"Session 1","scheduledFor":"2023-03-01","datePrecision":"MONTH",
                 "occurredOn":"2023-02-01"}""");
        post("/instruments", """
                {"instrumentId":"CP-SA-DEMO","version":"1.0","programId":"pha-rea","title":"Placeholder",
                 "occurredOn":"2023-02-01"}""");
        for (String org : new String[]{"LHJ-A", "LHJ-B"}) {
            post("/cohorts/pha-rea-2023/participants", """
                    {"orgId":"%s","orgName":"%s (placeholder)","orgType":"LHJ_COUNTY","occurredOn":"2023-03-01"}"""
                    .formatted(org, org));
            post("/participants/" + participantId(org) + "/change-team", "{\"occurredOn\":\"2023-03-02\"}");
        }
        post("/cohorts/pha-rea-2023/recommendations", """
                {"recommendationId":"pha-rea-2023-rec-1","title":"Advance payment","policyArea":"payment",
                 "text":"Adopt advance payment.","occurredOn":"2023-11-16"}""");
        String cohort = "pha-rea-2023";
        grant("viewer-1", "VIEWER", cohort);
        grant("facilitator-1", "FACILITATOR", cohort);
        grant("reviewer-1", "REVIEWER", cohort);
        grant("auditor-1", "AUDITOR", "pha-rea");
        grant("partner-1", "PARTNER", "pha-rea");
        grant("lhj-a-lead", "TEAM_LEAD", participantId("LHJ-A"));
        grant("lhj-a-member", "TEAM_MEMBER", participantId("LHJ-A"));
        grant("lhj-b-lead", "TEAM_LEAD", participantId("LHJ-B"));
        grant("lhj-b-member", "TEAM_MEMBER", participantId("LHJ-B"));
    }

    private void grant(String subject, String role, String scopeId) throws Exception {
        post("/programs/pha-rea/grants", "{\"subject\":\"%s\",\"role\":\"%s\",\"scopeId\":\"%s\"}"
                .formatted(subject, role, scopeId));
    }

    private void post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("fixture: POST " + path + " answered " + response.statusCode() + " "
                    + response.body());
        }
    }
}
