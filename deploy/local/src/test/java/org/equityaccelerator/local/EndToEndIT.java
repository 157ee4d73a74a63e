package org.equityaccelerator.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole data path as the README's run command starts it: HTTP command -> command-service -> PostgreSQL event
 * store -> kafka-publisher -> Kafka -> query-service -> views -> HTTP query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    LocalStack stack;

    @BeforeAll
    void startStackWithDemo() throws Exception {
        stack = LocalStack.start(0, 0);
        DemoData demo = new DemoData(stack.commandUrl());
        demo.awaitVisible(stack.queryUrl(), demo.load());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    @Order(1)
    void theDemoCohortIsVisibleFigureByFigure() throws Exception {
        JsonNode regional = get("/cohorts/" + DemoData.COHORT + "/progress");
        assertThat(regional.get("participantsEnrolled").asInt()).isEqualTo(9);
        assertThat(regional.get("teamsFormed").asInt()).isEqualTo(9);
        assertThat(regional.get("teamsWithAllRequiredRoles").asInt()).isEqualTo(8);   // LHJ-I lacks its C&P officer
        assertThat(regional.get("teamsActive").asInt()).isEqualTo(8);
        assertThat(regional.get("barriersIdentified").asInt()).isEqualTo(2);
        assertThat(regional.get("barriersAddressed").asInt()).isEqualTo(1);
        assertThat(regional.get("sessions").size()).isEqualTo(9);
        assertThat(regional.get("sessionsHeld").asInt()).isEqualTo(9);
        assertThat(regional.get("sessions").get(0).get("teamsPresent").asInt()).isEqualTo(8); // LHJ-E was absent
        assertThat(regional.get("sessions").get(0).get("attendanceRate").asInt()).isEqualTo(89);
        assertThat(regional.get("sessions").get(0).has("attendees")).isFalse();
        // 7 baselines, LHJ-H's late one (January 2024) and LHJ-A's endline; LHJ-B's re-completion counts once
        assertThat(regional.get("assessmentsCompleted").asInt()).isEqualTo(9);
        assertThat(regional.get("assessmentsByAdministration").get("BASELINE").asInt()).isEqualTo(8);
        assertThat(regional.get("participantsWithBaseline").asInt()).isEqualTo(8);
        assertThat(regional.get("participantsWithFollowUp").asInt()).isEqualTo(1);
        // mean level over the latest assessments: 0.75 for four items, the first three by key
        assertThat(regional.get("lowestItems").toString())
                .isEqualTo("[{\"itemKey\":\"D1.2\",\"meanLevel\":0.75,\"participants\":8},"
                        + "{\"itemKey\":\"D2.2\",\"meanLevel\":0.75,\"participants\":8},"
                        + "{\"itemKey\":\"D2.3\",\"meanLevel\":0.75,\"participants\":8}]");
        assertThat(regional.get("goalsCommitted").asInt()).isEqualTo(18);
        assertThat(regional.get("goalsByTag").get("HAN-IP").asInt()).isEqualTo(1);
        // closed on 2023-12-31 (LHJ-H's January baseline came in late, with its reason); open goals carried over
        assertThat(regional.get("status").asString()).isEqualTo("CLOSED");
        assertThat(regional.get("goalsCarriedOver").asInt()).isEqualTo(17);
        JsonNode recommendation = regional.get("recommendations").get("pha-rea-2023-rec-1");
        assertThat(recommendation.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(recommendation.get("endorsements").asInt()).isEqualTo(7);
        assertThat(recommendation.get("endorsementsRequired").asInt()).isEqualTo(5); // majority of 9
        assertThat(recommendation.get("publishedOn").asString()).isEqualTo("2023-12-20");
        assertThat(recommendation.get("endorsedBy").size()).isEqualTo(5);               // LHJ-A..E consented
        assertThat(recommendation.get("anonymousEndorsements").asInt()).isEqualTo(2);
        assertThat(recommendation.has("endorsers")).isFalse();
        JsonNode asOfS8 = get("/cohorts/" + DemoData.COHORT + "/progress?asOf=2023-11-30");
        assertThat(asOfS8.get("recommendations").get("pha-rea-2023-rec-1").get("status").asString())
                .isEqualTo("DRAFTED");
        assertThat(asOfS8.get("status").asString()).isEqualTo("OPEN");
        // every target date lies in 2024: none overdue at the end of 2023, and none today either: the cohort closed
        // on 2023-12-31, so served-date figures count to its closure (the open ones are carried over, above)
        assertThat(get("/cohorts/" + DemoData.COHORT + "/progress?asOf=2023-12-31").get("goalsOverdue").asInt())
                .isZero();
        assertThat(regional.get("goalsOverdue").asInt()).isZero();
        assertThat(regional.get("participantsWithCommittedGoal").asInt()).isEqualTo(9);
        assertThat(regional.get("goalsAchieved").asInt()).isEqualTo(1);
        assertThat(regional.get("participantsWithAchievedGoal").asInt()).isEqualTo(1);
        assertThat(regional.get("processChangesRecorded").asInt()).isEqualTo(18);
        assertThat(regional.get("processChangesByChangeType").get("ADVANCE_PAYMENT").asInt()).isEqualTo(3);
        // the adoption matrix: "advance payment: 3/9"
        assertThat(regional.get("adoptionMatrix").get("ADVANCE_PAYMENT").asInt()).isEqualTo(3);

        // names only with consent (LHJ-A..E), never the raw name field; medians only over enough participants
        java.util.List<String> names = new java.util.ArrayList<>();
        regional.get("participants").forEach(t -> names.add(t.get("displayName").asString()));
        assertThat(names).contains("LHJ-A (placeholder)", "LHJ-E (placeholder)").doesNotContain("LHJ-I (placeholder)")
                .filteredOn("Participant (anonymous)"::equals).hasSize(4);
        assertThat(regional.toString()).doesNotContain("\"orgName\"", "LHJ-I", "baselineScores");
        JsonNode payment = regional.get("assessmentDomains").get("D5_PAYMENT");
        assertThat(payment.get("participantsWithBaseline").asInt()).isEqualTo(8);
        // D5 baselines 0.67 (A), 1.33 (B after its amendment), 0.67, 0.33, 1.00, 0.67, 1.00, 0.33 (H)
        assertThat(payment.get("medianBaseline").decimalValue()).isEqualByComparingTo("0.67");
        assertThat(payment.get("participantsWithFollowUp").asInt()).isEqualTo(1);
        assertThat(payment.get("followUpSuppressed").asBoolean()).isTrue();
        assertThat(payment.get("medianLatest").isNull()).isTrue();

        // days to pay 38, 42 .. 58 (synthetic): the median of six, never a sum
        assertThat(regional.get("metrics").get("M-DAYS-TO-PAY").get("regionalValue").decimalValue())
                .isEqualByComparingTo("48");
        assertThat(regional.get("metrics").get("M-NEW-CBO").get("regionalValue").asInt()).isEqualTo(1 + 2 + 3 + 1 + 2 + 3);
        assertThat(regional.get("metrics").get("M-HPI-Q1-SHARE").get("suppressed").asBoolean()).isTrue(); // one org
        assertThat(regional.get("metricDefinitions").get("M-NEW-CBO").get("category").asString()).isEqualTo("HOW_MUCH");
        JsonNode share = regional.get("metrics").get("M-CBO-SHARE");
        assertThat(share.get("latestPeriod").asString()).isEqualTo("2023-Q3");
        assertThat(share.get("reportingParticipants").asInt()).isEqualTo(5);
        assertThat(share.get("trend").get("2023-Q2").get("reportingParticipants").asInt()).isEqualTo(7);

        // the same figures as CSV
        HttpResponse<String> regionalCsv = http.send(HttpRequest.newBuilder(URI.create(stack.queryUrl()
                + "/cohorts/" + DemoData.COHORT + "/progress.csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(regionalCsv.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv");
        assertThat(regionalCsv.body()).contains("\"adoption\",\"ADVANCE_PAYMENT\",\"3\"")
                .contains("\"participantsEnrolled\",,\"9\"");
        java.util.List<String> rows = http.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/cohorts/"
                + DemoData.COHORT + "/participants.csv")).build(), HttpResponse.BodyHandlers.ofString()).body()
                .lines().toList();
        assertThat(rows).hasSize(10);
        assertThat(rows.get(1)).startsWith("\"").contains("\"LHJ-A\"").contains("\"ACTIVE\"");

        JsonNode page = get("/cohorts/" + DemoData.COHORT + "/participants?size=9");
        assertThat(page.get("total").asInt()).isEqualTo(9);
        JsonNode lhjA = page.get("items").get(0);
        assertThat(lhjA.get("orgId").asString()).isEqualTo("LHJ-A");
        assertThat(lhjA.get("team").get("size").asInt()).isEqualTo(4);
        JsonNode advancePayment = lhjA.get("goals").get("items").get(0);
        assertThat(advancePayment.get("title").asString())
                .isEqualTo("Offer advance payment option on all new small-CBO awards");
        assertThat(advancePayment.get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(advancePayment.get("lastCheckIn").get("confidence").asInt()).isEqualTo(7);
        // achieved: no "days since check-in" (the cohort closed in 2023; today's date does not reach back into it)
        assertThat(advancePayment.get("daysSinceLastCheckIn").isNull()).isTrue();
        assertThat(advancePayment.get("overdue").asBoolean()).isFalse();
        assertThat(lhjA.get("goals").get("items").get(1).get("status").asString()).isEqualTo("DRAFTED");
        assertThat(lhjA.get("goals").get("percentAchieved").asInt()).isEqualTo(100);
        assertThat(lhjA.get("assessments").size()).isEqualTo(2);
        // LHJ-A missed S5 (synthetic): 8 of the 9 sessions held since its enrolment
        assertThat(lhjA.get("participation").get("sessionsAttended").asInt()).isEqualTo(8);
        assertThat(lhjA.get("participation").get("attendancePercent").asInt()).isEqualTo(89);
        assertThat(lhjA.get("participation").get("lastSessionAttended").asString()).isEqualTo("S9");
        assertThat(lhjA.get("communityEngagement").get("peopleEngaged").asInt()).isEqualTo(20);
        assertThat(lhjA.get("communityEngagement").get("languages").toString()).isEqualTo("[\"en\",\"es\"]");
        JsonNode advancePay = lhjA.get("metrics").get("M-ADV-PAY-SHARE");
        assertThat(advancePay.get("latest").get("value").decimalValue()).isEqualByComparingTo("45");
        assertThat(advancePay.get("percentOfTarget").asInt()).isEqualTo(56); // (45 - 0) / (80 - 0)
        // missing periods are listed up to the cohort's closure (2023-12-31), never up to today
        advancePay.get("periodsMissing").forEach(period -> assertThat(period.asString()).isLessThan("2024"));
        JsonNode summary = lhjA.get("assessmentSummary");
        assertThat(summary.get("baseline").get("instrument").asString()).isEqualTo("CP-SA-DEMO@1.0");
        assertThat(summary.get("latestFollowUp").get("administration").asString()).isEqualTo("ENDLINE");
        JsonNode d5 = summary.get("domains").get("D5_PAYMENT");
        assertThat(d5.get("baseline").decimalValue()).isEqualByComparingTo("0.67");
        assertThat(d5.get("latest").decimalValue()).isEqualByComparingTo("1.67");
        assertThat(d5.get("change").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(summary.get("domains").get("D3_ACCESS").get("change").decimalValue()).isEqualByComparingTo("0.75");
        JsonNode lhjB = page.get("items").get(1).get("assessments").get(0);
        assertThat(lhjB.get("revision").asInt()).isEqualTo(2);
        assertThat(lhjB.get("answerRanks").get("D5.1").asInt()).isEqualTo(3);
        assertThat(lhjA.get("processChanges").get("byLifecycleStage").get("PAYMENT").asInt()).isEqualTo(1);
        assertThat(lhjA.get("team").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(lhjA.get("barriers").get("open").asInt()).isEqualTo(1);
        assertThat(lhjA.get("barriers").get("items").get(0).get("addressedBy").asString()).isEqualTo("LHJ-A-pc-1");
        JsonNode advance = lhjA.get("processChanges").get("items").get(0);
        assertThat(advance.get("status").asString()).isEqualTo("IMPLEMENTED");
        assertThat(advance.get("adoptedOn").asString()).isEqualTo("2023-09-15");
        assertThat(advance.get("effectiveDate").asString()).isEqualTo("2023-10-01");
    }

    /**
     * The demo's disaggregated metric (DemoDisparities): per-group roll-ups with gaps to the reference group, LHJ-C's
     * 7-application OTHER cell of 2023-Q3 suppressed in the regional view and its export, the share of indicators
     * whose gap narrowed, the participant's own gaps, and a group the metric does not declare refused naming it.
     */
    @Test
    @Order(1)
    void aDisaggregatedMetricShowsGroupsGapsAndSuppressesTheSmallCell() throws Exception {
        String smallCell = "42.86"; // LHJ-C, OTHER, 2023-Q3: 3 of 7 applications awarded
        JsonNode regional = get("/cohorts/" + DemoData.COHORT + "/progress");
        assertThat(regional.get("minCellCount").asInt()).isEqualTo(11);
        JsonNode disparities = regional.get("disparities").get(DemoDisparities.METRIC);
        JsonNode q3 = disparities.get("dimensions").get("LANGUAGE").get("periods").get("2023-Q3");
        assertThat(q3.get("ENGLISH").get("value").decimalValue()).isEqualByComparingTo("62.26"); // 99 of 159
        assertThat(q3.get("SPANISH").get("gap").decimalValue()).isEqualByComparingTo("-21.31");
        assertThat(q3.get("OTHER").get("cellsSuppressed").asInt()).isEqualTo(1);
        assertThat(q3.get("OTHER").get("reportingParticipants").asInt()).isEqualTo(3);
        assertThat(q3.get("OTHER").get("value").decimalValue()).isEqualByComparingTo("32.43"); // A, B, D: 12 of 37
        // 8 indicators (4 LHJs x SPANISH, OTHER); LHJ-C's OTHER cannot be judged; 4 of the 7 gaps narrowed
        assertThat(regional.get("disparityGapsImproved").toString()).isEqualTo("{\"indicators\":8,\"assessed\":7,"
                + "\"improved\":4,\"percentImproved\":57,\"suppressed\":false}");
        assertThat(regional.toString()).doesNotContain(smallCell);
        String csv = http.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/cohorts/" + DemoData.COHORT
                + "/progress.csv")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv).contains("\"disparityValue:M-AWARD-RATE-LANG:LANGUAGE:OTHER\",\"2023-Q3\",\"32.43\"")
                .contains("\"disparityGapsImproved\",\"percentImproved\",\"57\"").doesNotContain(smallCell);

        // LHJ-A's own view: SPANISH 48.15 vs ENGLISH 61.90 now (-13.75), 36.00 vs 60.00 at baseline (-24.00)
        JsonNode lhjA = get("/cohorts/" + DemoData.COHORT + "/participants?size=1").get("items").get(0);
        JsonNode spanish = lhjA.get("metrics").get(DemoDisparities.METRIC).get("disparities").get(1);
        assertThat(spanish.get("group").asString()).isEqualTo("SPANISH");
        assertThat(spanish.get("gap").decimalValue()).isEqualByComparingTo("-13.75");
        assertThat(spanish.get("baselineGap").decimalValue()).isEqualByComparingTo("-24.00");
        assertThat(spanish.get("narrowed").asBoolean()).isTrue();

        String participantId = lhjA.get("participantId").asString();
        int before = history(participantId).size();
        HttpResponse<String> undeclared = postCommand("/participants/" + participantId + "/metrics/"
                + DemoDisparities.METRIC + "/observations", """
                {"period":"2023-Q4","numerator":30,"denominator":60,"lateEntry":true,"lateEntryReason":"late",
                 "groups":[{"dimension":"LANGUAGE","group":"ENGLISH","numerator":20,"denominator":40},
                           {"dimension":"LANGUAGE","group":"FRENCH","numerator":10,"denominator":20}],
                 "occurredOn":"2024-01-20"}""");
        assertThat(undeclared.statusCode()).as(undeclared.body()).isEqualTo(400);
        assertThat(undeclared.body()).contains("\"field\":\"groups[1].group\"");
        assertThat(history(participantId).size()).as("nothing appended").isEqualTo(before);
    }

    @Test
    @Order(2)
    void aCommandPostedNowShowsUpInBothViews() throws Exception {
        String participant = get("/cohorts/" + DemoData.COHORT + "/participants?size=9").get("items").get(1)
                .get("participantId").asString();
        int before = get("/cohorts/" + DemoData.COHORT + "/progress").get("processChangesRecorded").asInt();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(stack.commandUrl()
                        + "/participants/" + participant + "/process-changes"))
                .header("content-type", "application/json").header("X-Actor", "user:e2e")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"processChangeId":"e2e-unbundled","changeType":"CONTRACT_UNBUNDLED",
                         "lifecycleStage":"SOLICITATION_DESIGN","description":"Large scopes split into CBO-sized lots",
                         "status":"ADOPTED","communityInformed":true,"occurredOn":"2023-11-20"}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = get("/participants/" + participant + "/progress");
            assertThat(view.get("processChanges").get("items").toString()).contains("e2e-unbundled");
            assertThat(view.get("lastActor").asString()).isEqualTo("user:e2e");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode regional = get("/cohorts/" + DemoData.COHORT + "/progress");
            assertThat(regional.get("processChangesRecorded").asInt()).isEqualTo(before + 1);
            assertThat(regional.get("processChangesByChangeType").get("CONTRACT_UNBUNDLED").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(3)
    void lifecycleStepsOutOfOrderAreRefusedAndNothingIsAppended() throws Exception {
        String lhjA = get("/cohorts/" + DemoData.COHORT + "/participants?size=1").get("items").get(0)
                .get("participantId").asString();
        int before = history(lhjA).size();
        HttpResponse<String> achieve = postCommand("/participants/" + lhjA + "/goals/LHJ-A-anchor-purchasing/achievement",
                "{\"evidence\":[\"doc:1\"],\"occurredOn\":\"2024-01-10\"}");
        assertThat(achieve.statusCode()).isEqualTo(409);
        assertThat(achieve.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(achieve.body()).contains("\"field\":\"goalId\"");
        assertThat(postCommand("/participants/" + lhjA + "/goals/LHJ-A-anchor-purchasing/progress-reports",
                "{\"asOf\":\"2024-01-10\",\"status\":\"ON_TRACK\",\"confidence\":5,\"occurredOn\":\"2024-01-10\"}")
                .statusCode()).isEqualTo(409);
        assertThat(postCommand("/participants/" + lhjA + "/process-changes/LHJ-A-pc-1/adoption",
                "{\"authority\":\"BOARD_ACTION\",\"occurredOn\":\"2024-01-10\"}").statusCode()).isEqualTo(409);
        // LHJ-I cannot activate its team: two members, and no C&P officer
        String lhjI = get("/cohorts/" + DemoData.COHORT + "/participants?size=9").get("items").get(8)
                .get("participantId").asString();
        HttpResponse<String> activation = postCommand("/participants/" + lhjI + "/change-team/activation",
                "{\"occurredOn\":\"2023-04-01\"}");
        assertThat(activation.statusCode()).isEqualTo(409);
        assertThat(activation.body()).contains("at least 3");
        // attendance once per team and held session
        assertThat(postCommand("/cohorts/" + DemoData.COHORT + "/sessions/S1/attendance",
                "{\"participantId\":\"" + lhjA + "\",\"attendeeCount\":2,\"attendeeRoles\":[],"
                        + "\"occurredOn\":\"2023-03-16\"}").statusCode()).isEqualTo(409);
        assertThat(postCommand("/participants/" + lhjA + "/goals/no-such-goal/abandonment",
                "{\"reason\":\"r\",\"occurredOn\":\"2024-01-10\"}").statusCode()).isEqualTo(404);
        assertThat(history(lhjA).size()).as("events of LHJ-A in the store").isEqualTo(before);
    }

    private JsonNode history(String aggregateId) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(stack.commandUrl() + "/history/aggregates/"
                + aggregateId)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    @Order(4)
    void theJanuary2024CorrectionChangesTheRegionalFigureAndTheSupersededValueStaysInHistory() throws Exception {
        String lhjA = get("/cohorts/" + DemoData.COHORT + "/participants?size=1").get("items").get(0)
                .get("participantId").asString();
        JsonNode correction = null;
        for (JsonNode event : history(lhjA)) {
            if (event.get("eventType").asString().equals("org.equityaccelerator.metric.observation-corrected.v1")) {
                correction = event;
            }
        }
        assertThat(correction).as("the correction in LHJ-A's history").isNotNull();
        String supersededId = correction.get("payload").get("supersedesEventId").asString();
        JsonNode superseded = null;
        for (JsonNode event : history(lhjA)) {
            if (event.get("eventId").asString().equals(supersededId)) {
                superseded = event;
            }
        }
        assertThat(superseded.get("payload").get("denominator").asLong()).isEqualTo(9_500_000);
        assertThat(correction.get("payload").get("previousValue").decimalValue()).isEqualByComparingTo("12.63");

        // as known just before the correction was recorded, and now
        String before = java.time.Instant.parse(correction.get("recordedAt").asString()).minusMillis(1).toString();
        JsonNode then = get("/cohorts/" + DemoData.COHORT + "/progress?knownAt=" + before);
        JsonNode now = get("/cohorts/" + DemoData.COHORT + "/progress");
        java.math.BigDecimal q2Then = then.get("metrics").get("M-CBO-SHARE").get("trend").get("2023-Q2").get("value")
                .decimalValue();
        java.math.BigDecimal q2Now = now.get("metrics").get("M-CBO-SHARE").get("trend").get("2023-Q2").get("value")
                .decimalValue();
        assertThat(q2Now).isGreaterThan(q2Then); // a smaller denominator: a larger pooled share
        JsonNode lhjANow = get("/participants/" + lhjA + "/progress").get("metrics").get("M-CBO-SHARE");
        assertThat(lhjANow.get("baseline").get("value").decimalValue()).isEqualByComparingTo("13.19");
        assertThat(lhjANow.get("corrections").asInt()).isEqualTo(1);
    }

    /**
     * A second program shaped like SNI's Racial Equity Community of Practice, entirely through the public API:
     * public health care systems, three phases, teams of 3 to 5, goals and pilots; then both views figure by figure.
     */
    @Test
    @Order(5)
    void anSniShapedCommunityOfPracticeRunsAsConfiguration() throws Exception {
        created("/programs", """
                {"programId":"sni-recop","name":"Racial Equity Community of Practice","convener":"SNI",
                 "focusAreas":["racial_equity_care"],"participantOrgTypes":["PUBLIC_HEALTH_CARE_SYSTEM"],
                 "occurredOn":"2021-09-01"}""");
        created("/cohorts", """
                {"cohortId":"sni-2021","programId":"sni-recop","label":"2021-23","region":"California",
                 "startDate":"2021-10-01","endDate":"2023-06-30","minTeamSize":3,"maxTeamSize":5,"requiredRoles":[],
                 "minReportingParticipants":3,"occurredOn":"2021-09-15"}""");
        String[][] phases = {{"pre-launch", "Pre-Launch / Team Building", "2021-10-01", "2021-12-31"},
                {"level-setting", "Level Setting", "2022-01-01", "2022-04-30"},
                {"learning-action", "Learning & Action", "2022-05-01", "2023-06-30"}};
        for (String[] phase : phases) {
            created("/cohorts/sni-2021/phases", """
                    {"phaseId":"%s","name":"%s","startDate":"%s","endDate":"%s","occurredOn":"2021-09-15"}"""
                    .formatted((Object[]) phase));
        }
        String[][] sessions = {{"K1", "1", "Kick-off", "2022-01-13", "DAY", "level-setting"},
                {"V1", "2", "Virtual session 1", "2022-02-01", "MONTH", "level-setting"},
                {"V2", "3", "Virtual session 2", "2022-03-01", "MONTH", "level-setting"},
                {"V3", "4", "Virtual session 3", "2022-04-01", "MONTH", "level-setting"},
                {"K2", "5", "In-person kick-off", "2022-05-19", "DAY", "learning-action"},
                {"SH", "6", "Final in-person sharing", "2023-06-15", "DAY", "learning-action"}};
        for (String[] session : sessions) {
            created("/cohorts/sni-2021/sessions", """
                    {"sessionId":"%s","seq":%s,"title":"%s","scheduledFor":"%s","datePrecision":"%s","phaseId":"%s",
                     "occurredOn":"2021-09-20"}""".formatted((Object[]) session));
        }
        // a session outside its phase is refused
        assertThat(postCommand("/cohorts/sni-2021/sessions", """
                {"sessionId":"X","seq":9,"title":"x","scheduledFor":"2022-06-01","datePrecision":"MONTH",
                 "phaseId":"level-setting","occurredOn":"2021-09-20"}""").statusCode()).isEqualTo(409);

        String[] roles = {"EXECUTIVE_LEADERSHIP", "DEI", "COMMUNITY_HEALTH", "HR", "OTHER"};
        java.util.List<String> systems = new java.util.ArrayList<>();
        for (int s = 0; s < 4; s++) {
            String id = created("/cohorts/sni-2021/participants", """
                    {"orgId":"PHCS-%d","orgName":"Public health care system %d","orgType":"PUBLIC_HEALTH_CARE_SYSTEM",
                     "occurredOn":"2021-10-15"}""".formatted(s + 1, s + 1));
            systems.add(id);
            created("/participants/" + id + "/change-team", "{\"occurredOn\":\"2021-11-01\"}");
            for (int m = 0; m < 2 + s && m < 5; m++) { // teams of 2, 3, 4 and 5 people
                created("/participants/" + id + "/change-team/members", """
                        {"memberRef":"phcs%d-m%d","role":"%s","occurredOn":"2021-11-01"}""".formatted(s + 1, m, roles[m]));
            }
        }
        // the team of five is full; the team of two cannot start
        assertThat(postCommand("/participants/" + systems.get(3) + "/change-team/members",
                "{\"memberRef\":\"extra\",\"role\":\"OTHER\",\"occurredOn\":\"2021-11-02\"}").statusCode())
                .isEqualTo(409);
        assertThat(postCommand("/participants/" + systems.get(0) + "/change-team/activation",
                "{\"occurredOn\":\"2021-12-01\"}").statusCode()).isEqualTo(409);
        for (int s = 1; s < 4; s++) {
            created("/participants/" + systems.get(s) + "/change-team/activation", "{\"occurredOn\":\"2021-12-01\"}");
            created("/participants/" + systems.get(s) + "/goals", """
                    {"goalId":"phcs%d-goal","title":"Integrate an equity lens into quality improvement",
                     "targetDate":"2023-06-30","successCriteria":["pilot in two clinics"],"ownerRole":"EXECUTIVE_LEADERSHIP",
                     "occurredOn":"2022-05-19"}""".formatted(s + 1));
            created("/participants/" + systems.get(s) + "/process-changes", """
                    {"processChangeId":"phcs%d-pilot","changeType":"PILOT_TEST","lifecycleStage":"OUTREACH_TA",
                     "description":"test an approach towards the racial equity goal","status":"PROPOSED",
                     "communityInformed":true,"occurredOn":"2022-06-01"}""".formatted(s + 1));
        }
        for (int s = 1; s < 3; s++) { // two pilots run
            String pilot = "/participants/" + systems.get(s) + "/process-changes/phcs" + (s + 1) + "-pilot";
            created(pilot + "/adoption", "{\"authority\":\"ADMIN_DIRECTIVE\",\"occurredOn\":\"2022-07-01\"}");
            created(pilot + "/implementation", "{\"effectiveDate\":\"2022-08-01\",\"occurredOn\":\"2022-08-01\"}");
        }
        created("/participants/" + systems.get(1) + "/goals/phcs2-goal/progress-reports", """
                {"asOf":"2022-11-30","status":"AT_RISK","confidence":5,"progressPct":30,"occurredOn":"2022-11-30"}""");
        created("/participants/" + systems.get(2) + "/goals/phcs3-goal/achievement", """
                {"evidence":["process-change:phcs3-pilot"],"occurredOn":"2023-06-15"}""");
        created("/cohorts/sni-2021/sessions/K1/held", "{\"occurredOn\":\"2022-01-13\"}");
        for (String system : systems) {
            created("/cohorts/sni-2021/sessions/K1/attendance", """
                    {"participantId":"%s","attendeeCount":3,"attendeeRoles":["EXECUTIVE_LEADERSHIP"],
                     "occurredOn":"2022-01-13"}""".formatted(system));
        }

        // the system whose team never reached three people withdraws: counted as withdrawn, nothing new for it
        created("/participants/" + systems.get(0) + "/withdrawal", """
                {"reason":"could not staff a team of three","occurredOn":"2022-02-15"}""");
        assertThat(postCommand("/participants/" + systems.get(0) + "/change-team/members",
                "{\"memberRef\":\"late\",\"role\":\"OTHER\",\"occurredOn\":\"2022-03-01\"}").statusCode())
                .isEqualTo(409);
        // the default threshold counts only the three systems still taking part: a majority of three is two
        created("/cohorts/sni-2021/recommendations", """
                {"recommendationId":"sni-rec","title":"Shared equity dashboard","policyArea":"data",
                 "text":"Publish stratified quality measures","occurredOn":"2023-05-01"}""");
        assertThat(postCommand("/recommendations/sni-rec/endorsements", """
                {"orgId":"PHCS-1","role":"EXECUTIVE_LEADERSHIP","occurredOn":"2023-05-02"}""").statusCode())
                .isEqualTo(409);
        // a session held after the withdrawal: 2 of the 3 systems still taking part attend; the withdrawn one is in
        // neither its denominator nor its own "sessions held since enrolment"
        created("/cohorts/sni-2021/sessions/V1/held", "{\"occurredOn\":\"2022-02-24\"}");
        for (String system : systems.subList(1, 3)) {
            created("/cohorts/sni-2021/sessions/V1/attendance", """
                    {"participantId":"%s","attendeeCount":2,"attendeeRoles":["EXECUTIVE_LEADERSHIP"],
                     "occurredOn":"2022-02-24"}""".formatted(system));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode regional = get("/cohorts/sni-2021/progress");
            assertThat(regional.get("sessions").get(1).get("attendanceRate").asInt()).isEqualTo(67);
            assertThat(get("/participants/" + systems.get(0) + "/progress").get("participation")
                    .get("sessionsHeld").asInt()).isEqualTo(1);
            assertThat(regional.get("recommendations").get("sni-rec").get("endorsementsRequired").asInt())
                    .isEqualTo(2);
            assertThat(regional.get("participantsWithdrawn").asInt()).isEqualTo(1);
            assertThat(regional.get("participantsActive").asInt()).isEqualTo(3);
            assertThat(get("/participants/" + systems.get(0) + "/progress").get("enrolmentStatus").asString())
                    .isEqualTo("WITHDRAWN");
            assertThat(regional.get("participantsEnrolled").asInt()).isEqualTo(4);
            assertThat(regional.get("sessions").get(0).get("attendanceRate").asInt()).isEqualTo(100);
        });
        JsonNode regional = get("/cohorts/sni-2021/progress");
        assertThat(regional.get("phases").size()).isEqualTo(3);
        assertThat(regional.get("phases").get(1).get("name").asString()).isEqualTo("Level Setting");
        assertThat(regional.get("sessions").size()).isEqualTo(6);
        assertThat(regional.get("sessions").get(4).get("phaseId").asString()).isEqualTo("learning-action");
        assertThat(regional.get("sessionsHeld").asInt()).isEqualTo(2);
        assertThat(regional.get("teamsFormed").asInt()).isEqualTo(4);
        assertThat(regional.get("teamsActive").asInt()).isEqualTo(3);
        assertThat(regional.get("goalsCommitted").asInt()).isEqualTo(3);
        assertThat(regional.get("participantsWithCommittedGoal").asInt()).isEqualTo(3);
        assertThat(regional.get("goalsAchieved").asInt()).isEqualTo(1);
        assertThat(regional.get("processChangesRecorded").asInt()).isEqualTo(3);
        assertThat(regional.get("processChangesInEffect").asInt()).isEqualTo(2);
        assertThat(regional.get("adoptionMatrix").get("PILOT_TEST").asInt()).isEqualTo(2);
        assertThat(regional.get("participantsWithChangeInEffect").asInt()).isEqualTo(2);

        JsonNode smallest = get("/participants/" + systems.get(0) + "/progress");
        assertThat(smallest.get("team").get("size").asInt()).isEqualTo(2);
        assertThat(smallest.get("team").get("status").asString()).isEqualTo("FORMED");
        assertThat(smallest.get("goals").get("committed").asInt()).isZero();
        JsonNode second = get("/participants/" + systems.get(1) + "/progress");
        assertThat(second.get("team").get("size").asInt()).isEqualTo(3);
        assertThat(second.get("team").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(second.get("goals").get("items").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(second.get("goals").get("items").get(0).get("lastCheckIn").get("status").asString())
                .isEqualTo("AT_RISK");
        assertThat(second.get("processChanges").get("byStatus").get("IMPLEMENTED").asInt()).isEqualTo(1);
        JsonNode third = get("/participants/" + systems.get(2) + "/progress");
        assertThat(third.get("goals").get("percentAchieved").asInt()).isEqualTo(100);
        JsonNode fullest = get("/participants/" + systems.get(3) + "/progress");
        assertThat(fullest.get("team").get("size").asInt()).isEqualTo(5);
        assertThat(fullest.get("processChanges").get("byStatus").get("PROPOSED").asInt()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void aMetricValueIsApprovedOnlyBySomeoneElseThanItsReporter() throws Exception {
        String lhjA = get("/cohorts/" + DemoData.COHORT + "/participants?size=1").get("items").get(0)
                .get("participantId").asString();
        String q3 = "/participants/" + lhjA + "/metrics/M-CBO-SHARE/observations/2023-Q3";
        String day = "{\"occurredOn\":\"2023-10-21\"}";
        assertThat(postAs("user:demo-loader", q3 + "/submission", day).statusCode()).isEqualTo(201);
        HttpResponse<String> own = postAs("user:demo-loader", q3 + "/approval", day); // the demo loader reported it
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(own.body()).contains("\"field\":\"X-Actor\"");
        assertThat(postAs("user:pha-analyst-2", q3 + "/approval", day).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/participants/" + lhjA
                + "/progress").get("metrics").get("M-CBO-SHARE").get("review").get("2023-Q3").asString())
                .isEqualTo("APPROVED"));
    }

    /**
     * A hospital anchor-mission cohort (CLC/HASC-shaped: day-precision learning sessions, HAN metrics, goals tagged by
     * HAN pillar) with the Health Equity Guide's practices as a yes/no checklist instrument scored as percent in
     * place: configuration only, through the public API.
     */
    @Test
    @Order(6)
    void aHospitalAnchorCohortWithHanMetricsAndAPracticeChecklistRunsAsConfiguration() throws Exception {
        created("/programs", """
                {"programId":"hasc-anchor","name":"Hospital Anchor Mission Learning Collaborative","convener":"HASC",
                 "focusAreas":["anchor_mission"],"participantOrgTypes":["HOSPITAL","HEALTH_SYSTEM"],
                 "processChangeTypes":["LOCAL_HIRING_PATHWAY","PLACE_BASED_INVESTMENT","IMPACT_PURCHASING_GOAL"],
                 "frameworkTags":["HAN-IW","HAN-IP","HAN-PBI"],"occurredOn":"2023-11-01"}""");
        created("/cohorts", """
                {"cohortId":"hasc-2024","programId":"hasc-anchor","label":"2024","region":"Southern California",
                 "startDate":"2024-01-01","endDate":"2024-12-31","minTeamSize":3,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP","SUPPLY_CHAIN","HR"],"occurredOn":"2023-12-01"}""");
        for (int s = 1; s <= 4; s++) {
            created("/cohorts/hasc-2024/sessions", """
                    {"sessionId":"LS%d","seq":%d,"title":"Learning session %d","scheduledFor":"2024-%02d-15",
                     "datePrecision":"DAY","occurredOn":"2023-12-01"}""".formatted(s, s, s, s * 3 - 2));
        }
        String[][] metrics = {{"M-LOCAL-SPEND", "Local and diverse spend", "USD", "SUM", "null"},
                {"M-LOCAL-HIRES", "Local hires", "COUNT", "SUM", "null"},
                {"M-PBI", "Place-based investment", "USD", "SUM", "null"},
                {"M-LOCAL-SHARE", "Share of spend that is local", "PERCENT", "COUNT_ORGS_MEETING", "10"}};
        for (String[] m : metrics) {
            created("/cohorts/hasc-2024/metrics", """
                    {"metricId":"%s","version":"1.0","name":"%s","unit":"%s","polarity":"HIGHER_IS_BETTER",
                     "frequency":"YEAR","aggregation":"%s","threshold":%s,"occurredOn":"2024-01-05"}"""
                    .formatted((Object[]) m));
        }
        String checklist = "/instruments/HEG-PRACTICES/versions/1.0";
        created("/instruments", """
                {"instrumentId":"HEG-PRACTICES","version":"1.0","programId":"hasc-anchor",
                 "title":"Health Equity Guide strategic practices (checklist)","occurredOn":"2024-01-05"}""");
        created(checklist + "/domains", "{\"domainKey\":\"INTERNAL\",\"title\":\"Transform internal processes\","
                + "\"occurredOn\":\"2024-01-05\"}");
        for (String practice : new String[]{"ALLOCATE_RESOURCES", "WORKFORCE", "COMMUNITY_PARTNERS"}) {
            created(checklist + "/items", """
                    {"itemKey":"%s","domainKey":"INTERNAL","text":"%s","occurredOn":"2024-01-05"}"""
                    .formatted(practice, practice.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        created(checklist + "/scale", """
                {"levels":[{"code":"NOT_YET","label":"Not yet","value":0},{"code":"IN_PLACE","label":"In place","value":1}],
                 "occurredOn":"2024-01-05"}""");
        created(checklist + "/scoring-rule", """
                {"rule":"PERCENT_AT_OR_ABOVE_LEVEL","levelCode":"IN_PLACE","occurredOn":"2024-01-05"}""");
        created(checklist + "/publication", "{\"occurredOn\":\"2024-01-06\"}");
        created("/cohorts/hasc-2024/instruments", """
                {"instrumentId":"HEG-PRACTICES","version":"1.0","administrations":["BASELINE","ENDLINE"],
                 "occurredOn":"2024-01-06"}""");

        String[] pillars = {"HAN-IW", "HAN-IP", "HAN-PBI"};
        long[] localSpend = {2_000_000, 3_500_000, 1_250_000};
        String[] localShare = {"12.5", "8", "10"};
        String first = null;
        for (int h = 0; h < 3; h++) {
            String id = created("/cohorts/hasc-2024/participants", """
                    {"orgId":"HOSP-%d","orgName":"Hospital %d (placeholder)","orgType":"HOSPITAL",
                     "occurredOn":"2024-01-10"}""".formatted(h + 1, h + 1));
            first = first == null ? id : first;
            String p = "/participants/" + id;
            created(p + "/change-team", "{\"occurredOn\":\"2024-01-15\"}");
            for (String role : new String[]{"EXECUTIVE_LEADERSHIP", "SUPPLY_CHAIN", "HR"}) {
                created(p + "/change-team/members", """
                        {"memberRef":"h%d-%s","role":"%s","occurredOn":"2024-01-15"}"""
                        .formatted(h + 1, role.toLowerCase(java.util.Locale.ROOT), role));
            }
            created(p + "/change-team/activation", "{\"occurredOn\":\"2024-01-20\"}");
            created(p + "/goal-drafts", """
                    {"goalId":"h%d-anchor","title":"Anchor goal","tags":["%s"],"occurredOn":"2024-02-01"}"""
                    .formatted(h + 1, pillars[h]));
            created(p + "/metrics/M-LOCAL-SPEND/baseline", """
                    {"period":"2023","value":%d,"source":"AP system (synthetic)","occurredOn":"2024-02-15"}"""
                    .formatted(localSpend[h]));
            created(p + "/metrics/M-LOCAL-SHARE/baseline", """
                    {"period":"2023","value":%s,"source":"AP system (synthetic)","occurredOn":"2024-02-15"}"""
                    .formatted(localShare[h]));
        }
        // the program's own taxonomy: a C&P change type it did not declare is refused, a declared one accepted
        HttpResponse<String> outside = postCommand("/participants/" + first + "/process-changes", """
                {"changeType":"ADVANCE_PAYMENT","lifecycleStage":"PAYMENT","description":"d","status":"PROPOSED",
                 "occurredOn":"2024-03-01"}""");
        assertThat(outside.statusCode()).isEqualTo(409);
        assertThat(outside.body()).contains("\"field\":\"changeType\"");
        created("/participants/" + first + "/process-changes", """
                {"changeType":"LOCAL_HIRING_PATHWAY","lifecycleStage":"COMMUNITY_INVESTMENT",
                 "description":"Hiring pathway with the community college","status":"PROPOSED","occurredOn":"2024-03-01"}""");
        String assessment = "/participants/" + first + "/assessments/heg-1";
        created("/participants/" + first + "/assessments", """
                {"assessmentId":"heg-1","instrumentId":"HEG-PRACTICES","version":"1.0","administration":"BASELINE",
                 "occurredOn":"2024-02-01"}""");
        created(assessment + "/responses", """
                {"responses":[{"itemKey":"ALLOCATE_RESOURCES","levelCode":"IN_PLACE"},
                 {"itemKey":"WORKFORCE","levelCode":"NOT_YET"},{"itemKey":"COMMUNITY_PARTNERS","levelCode":"IN_PLACE"}],
                 "occurredOn":"2024-02-20"}""");
        created(assessment + "/completion", "{\"occurredOn\":\"2024-02-20\"}");

        String hospital = first;
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode regional = get("/cohorts/hasc-2024/progress");
            assertThat(regional.get("teamsWithAllRequiredRoles").asInt()).isEqualTo(3);
            assertThat(regional.get("goalsByTag").toString())
                    .isEqualTo("{\"HAN-IP\":1,\"HAN-IW\":1,\"HAN-PBI\":1}");
            assertThat(regional.get("metrics").get("M-LOCAL-SPEND").get("regionalValue").decimalValue())
                    .isEqualByComparingTo("6750000");
            // 12.5% and 10% meet "10% or more"; 8% does not
            assertThat(regional.get("metrics").get("M-LOCAL-SHARE").get("regionalValue").decimalValue())
                    .isEqualByComparingTo("2");
            JsonNode baseline = get("/participants/" + hospital + "/progress").get("assessmentSummary").get("baseline");
            assertThat(baseline.get("overallScore").decimalValue()).isEqualByComparingTo("66.67"); // 2 of 3 in place
            assertThat(baseline.has("stage")).isTrue();
        });
    }

    private HttpResponse<String> postAs(String actor, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.commandUrl() + path))
                .header("content-type", "application/json").header("X-Actor", actor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String created(String path, String body) throws Exception {
        HttpResponse<String> response = postCommand(path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    private HttpResponse<String> postCommand(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.commandUrl() + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
