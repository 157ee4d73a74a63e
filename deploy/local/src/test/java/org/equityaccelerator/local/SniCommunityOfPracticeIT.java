package org.equityaccelerator.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * A second program shaped like SNI's Racial Equity Community of Practice, entirely through the public API:
 * public health care systems, three phases, teams of 3 to 5, goals and pilots; then both views figure by figure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SniCommunityOfPracticeIT {
    PublicApi api;
    /** PHCS-1..4 in enrolment order; PHCS-1's team never reaches three people and it withdraws. */
    final List<String> systems = new ArrayList<>();
    static final BigDecimal BD_CENT = new BigDecimal("0.01");
    /** The demo's facilitator, given this cohort too by the program admin: it holds the sessions and takes attendance. */
    static final String FACILITATOR = "facilitator-1";

    @BeforeAll
    void stackRunning(PublicApi api) {
        this.api = api;
    }

    @Test
    @Order(1)
    void anSniShapedCommunityOfPracticeRunsAsConfiguration() throws Exception {
        api.created("/programs", """
                {"programId":"sni-recop","name":"Racial Equity Community of Practice","convener":"SNI",
                 "focusAreas":["racial_equity_care"],"participantOrgTypes":["PUBLIC_HEALTH_CARE_SYSTEM"],
                 "roles":["EXECUTIVE_LEADERSHIP","DEI","COMMUNITY_HEALTH","HR","OTHER"],
                 "processChangeStages":["PILOT","SPREAD","SUSTAIN"],"occurredOn":"2021-09-01"}""");
        // its own role catalogue: a role it does not name is refused for the cohort
        HttpResponse<String> undeclaredRole = api.post("/cohorts", """
                {"cohortId":"sni-x","programId":"sni-recop","label":"x","region":"California",
                 "startDate":"2021-10-01","endDate":"2023-06-30","minTeamSize":3,"maxTeamSize":5,
                 "requiredRoles":["CONTRACTING_PROCUREMENT_OFFICER"],"occurredOn":"2021-09-15"}""");
        assertThat(undeclaredRole.statusCode()).as(undeclaredRole.body()).isEqualTo(409);
        assertThat(undeclaredRole.body()).contains("\"field\":\"requiredRoles\"");
        api.created("/cohorts", """
                {"cohortId":"sni-2021","programId":"sni-recop","label":"2021-23","region":"California",
                 "startDate":"2021-10-01","endDate":"2023-06-30","minTeamSize":3,"maxTeamSize":5,"requiredRoles":[],
                 "minReportingParticipants":3,"occurredOn":"2021-09-15"}""");
        // a grant for the demo cohort does not reach this one, until the program admin grants it
        String held = "/cohorts/sni-2021/sessions/K1/held";
        assertThat(api.postAs(FACILITATOR, held, "{\"occurredOn\":\"2022-01-13\"}").statusCode()).isEqualTo(403);
        api.grant("sni-recop", FACILITATOR, "FACILITATOR", "sni-2021");
        String[][] phases = {{"pre-launch", "Pre-Launch / Team Building", "2021-10-01", "2021-12-31"},
                {"level-setting", "Level Setting", "2022-01-01", "2022-04-30"},
                {"learning-action", "Learning & Action", "2022-05-01", "2023-06-30"}};
        for (String[] phase : phases) {
            api.created("/cohorts/sni-2021/phases", """
                    {"phaseId":"%s","name":"%s","startDate":"%s","endDate":"%s","occurredOn":"2021-09-15"}"""
                    .formatted((Object[]) phase));
        }
        String[][] sessions = {{"K1", "1", "Kick-off", "2022-01-13", "DAY", "level-setting", "KICK_OFF", "VIRTUAL"},
                {"V1", "2", "Virtual session 1", "2022-02-01", "MONTH", "level-setting", "WORKSHOP", "VIRTUAL"},
                {"V2", "3", "Virtual session 2", "2022-03-01", "MONTH", "level-setting", "WORKSHOP", "VIRTUAL"},
                {"V3", "4", "Virtual session 3", "2022-04-01", "MONTH", "level-setting", "WORKSHOP", "VIRTUAL"},
                {"K2", "5", "In-person kick-off", "2022-05-19", "DAY", "learning-action", "KICK_OFF", "IN_PERSON"},
                {"SH", "6", "Final in-person sharing", "2023-06-15", "DAY", "learning-action", "SHARING",
                        "IN_PERSON"}};
        for (String[] session : sessions) {
            api.created("/cohorts/sni-2021/sessions", """
                    {"sessionId":"%s","seq":%s,"title":"%s","scheduledFor":"%s","datePrecision":"%s","phaseId":"%s",
                     "sessionType":"%s","modality":"%s","occurredOn":"2021-09-20"}""".formatted((Object[]) session));
        }
        // a session outside its phase is refused
        assertThat(api.post("/cohorts/sni-2021/sessions", """
                {"sessionId":"X","seq":9,"title":"x","scheduledFor":"2022-06-01","datePrecision":"MONTH",
                 "phaseId":"level-setting","occurredOn":"2021-09-20"}""").statusCode()).isEqualTo(409);

        String[] roles = {"EXECUTIVE_LEADERSHIP", "DEI", "COMMUNITY_HEALTH", "HR", "OTHER"};
        systems.clear();
        for (int s = 0; s < 4; s++) {
            String id = api.created("/cohorts/sni-2021/participants", """
                    {"orgId":"PHCS-%d","orgName":"Public health care system %d","orgType":"PUBLIC_HEALTH_CARE_SYSTEM",
                     "occurredOn":"2021-10-15"}""".formatted(s + 1, s + 1));
            systems.add(id);
            api.created("/participants/" + id + "/change-team", "{\"occurredOn\":\"2021-11-01\"}");
            for (int m = 0; m < 2 + s && m < 5; m++) { // teams of 2, 3, 4 and 5 people
                api.created("/participants/" + id + "/change-team/members", """
                        {"memberRef":"phcs%d-m%d","role":"%s","occurredOn":"2021-11-01"}""".formatted(s + 1, m, roles[m]));
            }
        }
        // the team of five is full; the team of two cannot start
        assertThat(api.post("/participants/" + systems.get(3) + "/change-team/members",
                "{\"memberRef\":\"extra\",\"role\":\"OTHER\",\"occurredOn\":\"2021-11-02\"}").statusCode())
                .isEqualTo(409);
        assertThat(api.post("/participants/" + systems.get(0) + "/change-team/activation",
                "{\"occurredOn\":\"2021-12-01\"}").statusCode()).isEqualTo(409);
        for (int s = 1; s < 4; s++) {
            api.created("/participants/" + systems.get(s) + "/change-team/activation", "{\"occurredOn\":\"2021-12-01\"}");
            api.created("/participants/" + systems.get(s) + "/goals", """
                    {"goalId":"phcs%d-goal","title":"Integrate an equity lens into quality improvement",
                     "targetDate":"2023-06-30","successCriteria":["pilot in two clinics"],"ownerRole":"EXECUTIVE_LEADERSHIP",
                     "occurredOn":"2022-05-19"}""".formatted(s + 1));
            api.created("/participants/" + systems.get(s) + "/process-changes", """
                    {"processChangeId":"phcs%d-pilot","changeType":"PILOT_TEST","lifecycleStage":"PILOT",
                     "description":"test an approach towards the racial equity goal","status":"PROPOSED",
                     "communityInformed":true,"occurredOn":"2022-06-01"}""".formatted(s + 1));
        }
        // the program's own stages, not the contracting lifecycle
        HttpResponse<String> contractingStage = api.post("/participants/" + systems.get(1) + "/process-changes", """
                {"changeType":"PILOT_TEST","lifecycleStage":"OUTREACH_TA","description":"d","status":"PROPOSED",
                 "occurredOn":"2022-06-01"}""");
        assertThat(contractingStage.statusCode()).as(contractingStage.body()).isEqualTo(409);
        assertThat(contractingStage.body()).contains("\"field\":\"lifecycleStage\"");
        for (int s = 1; s < 3; s++) { // two pilots run
            String pilot = "/participants/" + systems.get(s) + "/process-changes/phcs" + (s + 1) + "-pilot";
            api.created(pilot + "/adoption", "{\"authority\":\"ADMIN_DIRECTIVE\",\"occurredOn\":\"2022-07-01\"}");
            api.created(pilot + "/implementation", "{\"effectiveDate\":\"2022-08-01\",\"occurredOn\":\"2022-08-01\"}");
        }
        api.created("/participants/" + systems.get(1) + "/goals/phcs2-goal/progress-reports", """
                {"asOf":"2022-11-30","status":"AT_RISK","confidence":5,"progressPct":30,"occurredOn":"2022-11-30"}""");
        api.created("/participants/" + systems.get(2) + "/goals/phcs3-goal/achievement", """
                {"evidence":["process-change:phcs3-pilot"],"occurredOn":"2023-06-15"}""");
        api.createdAs(FACILITATOR, held, "{\"occurredOn\":\"2022-01-13\"}");
        for (String system : systems) {
            attend("K1", system, "2022-01-13");
        }

        // the system whose team never reached three people withdraws: counted as withdrawn, nothing new for it
        api.created("/participants/" + systems.get(0) + "/withdrawal", """
                {"reason":"could not staff a team of three","occurredOn":"2022-02-15"}""");
        assertThat(api.post("/participants/" + systems.get(0) + "/change-team/members",
                "{\"memberRef\":\"late\",\"role\":\"OTHER\",\"occurredOn\":\"2022-03-01\"}").statusCode())
                .isEqualTo(409);
        // the default threshold counts only the three systems still taking part: a majority of three is two
        api.created("/cohorts/sni-2021/recommendations", """
                {"recommendationId":"sni-rec","title":"Shared equity dashboard","policyArea":"data",
                 "text":"Publish stratified quality measures","occurredOn":"2023-05-01"}""");
        assertThat(api.post("/recommendations/sni-rec/endorsements", """
                {"orgId":"PHCS-1","role":"EXECUTIVE_LEADERSHIP","occurredOn":"2023-05-02"}""").statusCode())
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode regional = api.get("/cohorts/sni-2021/progress");
            // path(), not get(): the recommendation may not be projected at the first poll (an NPE is not retried)
            assertThat(regional.path("recommendations").path("sni-rec").path("endorsementsRequired").asInt())
                    .isEqualTo(2);
            assertThat(regional.get("participantsWithdrawn").asInt()).isEqualTo(1);
            assertThat(regional.get("participantsActive").asInt()).isEqualTo(3);
            assertThat(api.get("/participants/" + systems.get(0) + "/progress").get("enrolmentStatus").asString())
                    .isEqualTo("WITHDRAWN");
            assertThat(regional.get("participantsEnrolled").asInt()).isEqualTo(4);
            assertThat(regional.get("sessions").get(0).get("attendanceRate").asInt()).isEqualTo(100);
        });
        JsonNode regional = api.get("/cohorts/sni-2021/progress");
        assertThat(regional.get("phases").size()).isEqualTo(3);
        assertThat(regional.get("phases").get(1).get("name").asString()).isEqualTo("Level Setting");
        assertThat(regional.get("sessions").size()).isEqualTo(6);
        assertThat(regional.get("sessions").get(4).get("phaseId").asString()).isEqualTo("learning-action");
        assertThat(regional.get("sessionsHeld").asInt()).isEqualTo(1);
        assertThat(regional.get("teamsFormed").asInt()).isEqualTo(4);
        assertThat(regional.get("teamsActive").asInt()).isEqualTo(3);
        assertThat(regional.get("goalsCommitted").asInt()).isEqualTo(3);
        assertThat(regional.get("participantsWithCommittedGoal").asInt()).isEqualTo(3);
        assertThat(regional.get("goalsAchieved").asInt()).isEqualTo(1);
        assertThat(regional.get("processChangesRecorded").asInt()).isEqualTo(3);
        assertThat(regional.get("processChangesInEffect").asInt()).isEqualTo(2);
        assertThat(regional.get("adoptionMatrix").get("PILOT_TEST").asInt()).isEqualTo(2);
        assertThat(regional.get("participantsWithChangeInEffect").asInt()).isEqualTo(2);
        // process changes by the program's own stages, in its order, zeros included (the heat map's columns)
        JsonNode byStage = regional.get("processChangesByStage");
        assertThat(byStage.size()).isEqualTo(3);
        assertThat(byStage.get(0).get("stage").asString()).isEqualTo("PILOT");
        assertThat(byStage.get(0).get("recorded").asInt()).isEqualTo(3);
        assertThat(byStage.get(0).get("participantsWithChangeInEffect").asInt()).isEqualTo(2);
        assertThat(byStage.get(1).get("stage").asString()).isEqualTo("SPREAD");
        assertThat(byStage.get(2).get("stage").asString()).isEqualTo("SUSTAIN");
        assertThat(byStage.get(2).get("recorded").asInt()).isZero();
        // sessions show their type and modality
        assertThat(session(regional, "K2").get("sessionType").asString()).isEqualTo("KICK_OFF");
        assertThat(session(regional, "K2").get("modality").asString()).isEqualTo("IN_PERSON");
        assertThat(session(regional, "V2").get("modality").asString()).isEqualTo("VIRTUAL");
        // per phase: Level Setting has K1, V1..V3 scheduled and K1 held (4 of 4 present); Learning & Action has the
        // three goals committed on 2022-05-19 and the one achieved on 2023-06-15
        JsonNode levelSetting = regional.get("phases").get(1);
        assertThat(levelSetting.get("sessionsScheduled").asInt()).isEqualTo(4);
        assertThat(levelSetting.get("sessionsHeld").asInt()).isEqualTo(1);
        assertThat(levelSetting.get("attendanceRate").asInt()).isEqualTo(100);
        JsonNode learningAction = regional.get("phases").get(2);
        assertThat(learningAction.get("sessionsScheduled").asInt()).isEqualTo(2);
        assertThat(learningAction.get("sessionsHeld").asInt()).isZero();
        assertThat(learningAction.get("goalsCommitted").asInt()).isEqualTo(3);
        assertThat(learningAction.get("goalsAchieved").asInt()).isEqualTo(1);

        JsonNode smallest = api.get("/participants/" + systems.get(0) + "/progress");
        assertThat(smallest.get("team").get("size").asInt()).isEqualTo(2);
        assertThat(smallest.get("team").get("status").asString()).isEqualTo("FORMED");
        assertThat(smallest.get("goals").get("committed").asInt()).isZero();
        JsonNode second = api.get("/participants/" + systems.get(1) + "/progress");
        assertThat(second.get("team").get("size").asInt()).isEqualTo(3);
        assertThat(second.get("team").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(second.get("goals").get("items").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(second.get("goals").get("items").get(0).get("lastCheckIn").get("status").asString())
                .isEqualTo("AT_RISK");
        assertThat(second.get("processChanges").get("byStatus").get("IMPLEMENTED").asInt()).isEqualTo(1);
        JsonNode third = api.get("/participants/" + systems.get(2) + "/progress");
        assertThat(third.get("goals").get("percentAchieved").asInt()).isEqualTo(100);
        JsonNode fullest = api.get("/participants/" + systems.get(3) + "/progress");
        assertThat(fullest.get("team").get("size").asInt()).isEqualTo(5);
        assertThat(fullest.get("processChanges").get("byStatus").get("PROPOSED").asInt()).isEqualTo(1);
    }

    /**
     * PHCS-1 withdrew on 2022-02-15, after K1 (held 2022-01-13, attended by all four). V1, held on 2022-02-24, is not
     * its session any more: two of the three systems still taking part attend, 67 % and not 2 of 4; PHCS-1's own
     * "sessions held since enrolment" stop at K1, and its attendance at V1 is refused.
     */
    @Test
    @Order(2)
    void aSessionHeldAfterAWithdrawalLeavesTheWithdrawnOutOfBothDenominators() throws Exception {
        api.createdAs(FACILITATOR, "/cohorts/sni-2021/sessions/V1/held", "{\"occurredOn\":\"2022-02-24\"}");
        attend("V1", systems.get(1), "2022-02-24");
        attend("V1", systems.get(2), "2022-02-24");
        HttpResponse<String> afterWithdrawal = api.postAs(FACILITATOR, "/cohorts/sni-2021/sessions/V1/attendance",
                attendance(systems.get(0), "2022-02-24"));
        assertThat(afterWithdrawal.statusCode()).as(afterWithdrawal.body()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode regional = api.get("/cohorts/sni-2021/progress");
            assertThat(regional.get("sessionsHeld").asInt()).isEqualTo(2);
            assertThat(session(regional, "K1").get("attendanceRate").asInt()).isEqualTo(100); // 4 of 4
            assertThat(session(regional, "V1").get("teamsPresent").asInt()).isEqualTo(2);
            assertThat(session(regional, "V1").get("attendanceRate").asInt()).isEqualTo(67);  // 2 of 3
        });
        // the phase pools its held sessions: (4 + 2) present of (4 + 3) taking part
        JsonNode levelSetting = api.get("/cohorts/sni-2021/progress").get("phases").get(1);
        assertThat(levelSetting.get("sessionsHeld").asInt()).isEqualTo(2);
        assertThat(levelSetting.get("attendanceRate").asInt()).isEqualTo(86);
        JsonNode withdrawn = api.get("/participants/" + systems.get(0) + "/progress").get("participation");
        assertThat(withdrawn.get("sessionsHeld").asInt()).isEqualTo(1);
        assertThat(withdrawn.get("sessionsAttended").asInt()).isEqualTo(1);
        assertThat(withdrawn.get("attendancePercent").asInt()).isEqualTo(100);
        assertThat(withdrawn.get("lastSessionAttended").asString()).isEqualTo("K1");
        JsonNode stayed = api.get("/participants/" + systems.get(3) + "/progress").get("participation");
        assertThat(stayed.get("sessionsHeld").asInt()).isEqualTo(2);
        assertThat(stayed.get("sessionsAttended").asInt()).isEqualTo(1);
        assertThat(stayed.get("attendancePercent").asInt()).isEqualTo(50);
    }

    /**
     * A stratified quality measure (share of patients with controlled blood pressure) by race/ethnicity, reference
     * group WHITE, reported by the three systems still taking part. In 2022-Q4 PHCS-4's LATINO cell stands for 6
     * patients, under the cohort's minimum cell count (default 11): it is suppressed, and PHCS-4's whole 2022-Q4 is
     * withheld with it (complementary suppression), so every group of 2022-Q4, left with two systems under the minimum
     * of three, is suppressed too; the baseline's groups are served with their gaps.
     */
    @Test
    @Order(3)
    void aDisaggregatedMetricServesGapsAndSuppressesASmallCell() throws Exception {
        api.created("/cohorts/sni-2021/metrics", """
                {"metricId":"M-BP-CONTROL","version":"1.0","name":"Patients with controlled blood pressure",
                 "unit":"PERCENT","polarity":"HIGHER_IS_BETTER","frequency":"QUARTER","aggregation":"POOLED_RATIO",
                 "disaggregations":[{"dimension":"RACE_ETHNICITY","groups":["BLACK","LATINO","WHITE"],
                  "referenceGroup":"WHITE"}],"occurredOn":"2022-01-10"}""");
        // per system (PHCS-2, -3, -4): controlled / patients of WHITE, BLACK, LATINO
        int[][][] baseline = {{{60, 100}, {40, 100}, {50, 100}}, {{65, 100}, {45, 100}, {52, 100}},
                {{70, 100}, {50, 100}, {48, 100}}};
        int[][][] q4 = {{{62, 100}, {50, 100}, {55, 100}}, {{66, 100}, {52, 100}, {50, 100}},
                {{70, 100}, {56, 100}, {3, 6}}};
        for (int s = 0; s < 3; s++) {
            String series = "/participants/" + systems.get(s + 1) + "/metrics/M-BP-CONTROL";
            api.created(series + "/baseline", reading("2022-Q1", baseline[s], "2022-04-20"));
            api.created(series + "/observations", reading("2022-Q4", q4[s], "2023-01-20"));
        }

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode regional = api.get("/cohorts/sni-2021/progress");
            assertThat(regional.get("minCellCount").asInt()).isEqualTo(11);
            JsonNode q4Groups = regional.get("disparities").get("M-BP-CONTROL").get("dimensions")
                    .get("RACE_ETHNICITY").get("periods").get("2022-Q4");
            // PHCS-4's 2022-Q4 is withheld whole with its small cell (complementary suppression): WHITE and BLACK
            // are left with two systems, under the minimum of three, and suppressed too
            for (String group : new String[]{"WHITE", "BLACK"}) {
                JsonNode figure = q4Groups.get(group);
                assertThat(figure.get("reportingParticipants").asInt()).isEqualTo(2);
                assertThat(figure.get("cellsSuppressed").asInt()).isEqualTo(1);
                assertThat(figure.get("suppressed").asBoolean()).isTrue();
                assertThat(figure.get("value").isNull()).isTrue();
            }
            assertThat(regional.get("metrics").get("M-BP-CONTROL").get("trend").get("2022-Q4").get("value")
                    .isNull()).isTrue();
            // at baseline every cell is large enough: BLACK 135 / 300 against WHITE 195 / 300
            JsonNode black = regional.get("disparities").get("M-BP-CONTROL").get("dimensions")
                    .get("RACE_ETHNICITY").get("periods").get("2022-Q1").get("BLACK");
            assertThat(black.get("value").decimalValue()).isEqualByComparingTo("45");
            assertThat(black.get("gap").decimalValue()).isEqualByComparingTo("-20");
            assertThat(black.get("reportingParticipants").asInt()).isEqualTo(3);
            JsonNode latino = q4Groups.get("LATINO");
            assertThat(latino.get("cellsSuppressed").asInt()).isEqualTo(1);
            assertThat(latino.get("suppressed").asBoolean()).isTrue();
            assertThat(latino.get("value").isNull()).isTrue();
            // indicators: 3 systems x 2 non-reference groups; PHCS-4's LATINO cell is suppressed, so 5 are assessed;
            // all narrowed their gap but PHCS-3's LATINO one (-13 -> -16)
            JsonNode improved = regional.get("disparityGapsImproved");
            assertThat(improved.get("indicators").asInt()).isEqualTo(6);
            assertThat(improved.get("assessed").asInt()).isEqualTo(5);
            assertThat(improved.get("improved").asInt()).isEqualTo(4);
            assertThat(improved.get("percentImproved").asInt()).isEqualTo(80);
        });
        JsonNode phcs2 = api.get("/participants/" + systems.get(1) + "/progress").get("metrics").get("M-BP-CONTROL");
        JsonNode black = null;
        for (JsonNode disparity : phcs2.get("disparities")) {
            if (disparity.get("group").asString().equals("BLACK")) {
                black = disparity;
            }
        }
        assertThat(black).as("PHCS-2's BLACK group in " + phcs2.get("disparities")).isNotNull();
        assertThat(black.get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(black.get("gap").decimalValue()).isEqualByComparingTo("-12");          // 50 - 62
        assertThat(black.get("baselineGap").decimalValue()).isEqualByComparingTo("-20");  // 40 - 60
        assertThat(black.get("narrowed").asBoolean()).isTrue();
    }

    /** A pooled reading of WHITE, BLACK and LATINO cells; each cell's count is its number of patients. */
    private static String reading(String period, int[][] cells, String occurredOn) {
        String[] groups = {"WHITE", "BLACK", "LATINO"};
        StringBuilder json = new StringBuilder();
        int numerator = 0;
        int denominator = 0;
        for (int g = 0; g < 3; g++) {
            numerator += cells[g][0];
            denominator += cells[g][1];
            json.append(g == 0 ? "" : ",").append("""
                    {"dimension":"RACE_ETHNICITY","group":"%s","numerator":%d,"denominator":%d,"count":%d}"""
                    .formatted(groups[g], cells[g][0], cells[g][1], cells[g][1]));
        }
        return """
                {"period":"%s","numerator":%d,"denominator":%d,"source":"EHR registry (synthetic)",
                 "groups":[%s],"occurredOn":"%s"}""".formatted(period, numerator, denominator, json, occurredOn);
    }

    private void attend(String session, String participantId, String day) throws Exception {
        api.createdAs(FACILITATOR, "/cohorts/sni-2021/sessions/" + session + "/attendance",
                attendance(participantId, day));
    }

    private static String attendance(String participantId, String day) {
        return """
                {"participantId":"%s","attendeeCount":3,"attendeeRoles":["EXECUTIVE_LEADERSHIP"],
                 "occurredOn":"%s"}""".formatted(participantId, day);
    }

    private static JsonNode session(JsonNode regional, String sessionId) {
        for (JsonNode session : regional.get("sessions")) {
            if (session.get("sessionId").asString().equals(sessionId)) {
                return session;
            }
        }
        throw new AssertionError("no session " + sessionId + " in " + regional.get("sessions"));
    }
}
