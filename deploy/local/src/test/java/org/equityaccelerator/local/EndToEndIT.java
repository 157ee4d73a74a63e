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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole data path as the README's run command starts it: HTTP command -> command-service -> PostgreSQL event
 * store -> kafka-publisher -> Kafka -> query-service -> views -> HTTP query, on the 2023 demo cohort. The SNI-shaped
 * and hospital scenarios run on the same stack in their own classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(DemoStackExtension.class)
class EndToEndIT {
    PublicApi api;

    @BeforeAll
    void demoLoaded(PublicApi api) {
        this.api = api;
    }

    @Test
    @Order(1)
    void theDemoCohortIsVisibleFigureByFigure() throws Exception {
        JsonNode regional = api.get("/cohorts/" + DemoData.COHORT + "/progress");
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
        JsonNode asOfS8 = api.get("/cohorts/" + DemoData.COHORT + "/progress?asOf=2023-11-30");
        assertThat(asOfS8.get("recommendations").get("pha-rea-2023-rec-1").get("status").asString())
                .isEqualTo("DRAFTED");
        assertThat(asOfS8.get("status").asString()).isEqualTo("OPEN");
        // every target date lies in 2024: none overdue at the end of 2023, and none today either: the cohort closed
        // on 2023-12-31, so served-date figures count to its closure (the open ones are carried over, above)
        assertThat(api.get("/cohorts/" + DemoData.COHORT + "/progress?asOf=2023-12-31").get("goalsOverdue").asInt())
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
        HttpResponse<String> regionalCsv = api.getRaw(api.queryUrl() + "/cohorts/" + DemoData.COHORT
                + "/progress.csv");
        assertThat(regionalCsv.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv");
        assertThat(regionalCsv.body()).contains("\"adoption\",\"ADVANCE_PAYMENT\",\"3\"")
                .contains("\"participantsEnrolled\",,\"9\"");
        java.util.List<String> rows = api.getRaw(api.queryUrl() + "/cohorts/" + DemoData.COHORT
                + "/participants.csv").body().lines().toList();
        assertThat(rows).hasSize(10);
        assertThat(rows.get(1)).startsWith("\"").contains("\"LHJ-A\"").contains("\"ACTIVE\"");

        JsonNode page = api.get("/cohorts/" + DemoData.COHORT + "/participants?size=9");
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
        JsonNode regional = api.get("/cohorts/" + DemoData.COHORT + "/progress");
        assertThat(regional.get("minCellCount").asInt()).isEqualTo(11);
        JsonNode disparities = regional.get("disparities").get(DemoDisparities.METRIC);
        JsonNode q3 = disparities.get("dimensions").get("LANGUAGE").get("periods").get("2023-Q3");
        // LHJ-C's 2023-Q3 is withheld whole with its small cell (complementary suppression): A, B and D only
        assertThat(q3.get("ENGLISH").get("value").decimalValue()).isEqualByComparingTo("62.20"); // 79 of 127
        assertThat(q3.get("ENGLISH").get("cellsSuppressed").asInt()).isEqualTo(1);
        assertThat(q3.get("SPANISH").get("gap").decimalValue()).isEqualByComparingTo("-21.24");
        assertThat(q3.get("OTHER").get("cellsSuppressed").asInt()).isEqualTo(1);
        assertThat(q3.get("OTHER").get("reportingParticipants").asInt()).isEqualTo(3);
        assertThat(q3.get("OTHER").get("value").decimalValue()).isEqualByComparingTo("32.43"); // A, B, D: 12 of 37
        // 8 indicators (4 LHJs x SPANISH, OTHER); LHJ-C's OTHER cannot be judged; 4 of the 7 gaps narrowed
        assertThat(regional.get("disparityGapsImproved").toString()).isEqualTo("{\"indicators\":8,\"assessed\":7,"
                + "\"improved\":4,\"percentImproved\":57,\"suppressed\":false}");
        assertThat(regional.toString()).doesNotContain(smallCell);
        String csv = api.getRaw(api.queryUrl() + "/cohorts/" + DemoData.COHORT + "/progress.csv").body();
        assertThat(csv).contains("\"disparityValue:M-AWARD-RATE-LANG:LANGUAGE:OTHER\",\"2023-Q3\",\"32.43\"")
                .contains("\"disparityGapsImproved\",\"percentImproved\",\"57\"").doesNotContain(smallCell);

        // LHJ-A's own view: SPANISH 48.15 vs ENGLISH 61.90 now (-13.75), 36.00 vs 60.00 at baseline (-24.00)
        JsonNode lhjA = api.get("/cohorts/" + DemoData.COHORT + "/participants?size=1").get("items").get(0);
        JsonNode spanish = lhjA.get("metrics").get(DemoDisparities.METRIC).get("disparities").get(1);
        assertThat(spanish.get("group").asString()).isEqualTo("SPANISH");
        assertThat(spanish.get("gap").decimalValue()).isEqualByComparingTo("-13.75");
        assertThat(spanish.get("baselineGap").decimalValue()).isEqualByComparingTo("-24.00");
        assertThat(spanish.get("narrowed").asBoolean()).isTrue();

        String participantId = lhjA.get("participantId").asString();
        int before = api.history(participantId).size();
        HttpResponse<String> undeclared = api.post("/participants/" + participantId + "/metrics/"
                + DemoDisparities.METRIC + "/observations", """
                {"period":"2023-Q4","numerator":30,"denominator":60,"lateEntry":true,"lateEntryReason":"late",
                 "groups":[{"dimension":"LANGUAGE","group":"ENGLISH","numerator":20,"denominator":40},
                           {"dimension":"LANGUAGE","group":"FRENCH","numerator":10,"denominator":20}],
                 "occurredOn":"2024-01-20"}""");
        assertThat(undeclared.statusCode()).as(undeclared.body()).isEqualTo(400);
        assertThat(undeclared.body()).contains("\"field\":\"groups[1].group\"");
        assertThat(api.history(participantId).size()).as("nothing appended").isEqualTo(before);
    }

    @Test
    @Order(2)
    void aCommandPostedNowShowsUpInBothViews() throws Exception {
        String participant = api.demoParticipant(1);
        int before = api.get("/cohorts/" + DemoData.COHORT + "/progress").get("processChangesRecorded").asInt();
        // LHJ-B's team member, signed in with a real token: the view names the token's subject as the last actor
        HttpResponse<String> posted = api.postAs("lhj-b-member", "/participants/" + participant + "/process-changes",
                """
                        {"processChangeId":"e2e-unbundled","changeType":"CONTRACT_UNBUNDLED",
                         "lifecycleStage":"SOLICITATION_DESIGN","description":"Large scopes split into CBO-sized lots",
                         "status":"ADOPTED","communityInformed":true,"occurredOn":"2023-11-20"}""");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = api.get("/participants/" + participant + "/progress");
            assertThat(view.get("processChanges").get("items").toString()).contains("e2e-unbundled");
            assertThat(view.get("lastActor").asString()).isEqualTo("lhj-b-member");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode regional = api.get("/cohorts/" + DemoData.COHORT + "/progress");
            assertThat(regional.get("processChangesRecorded").asInt()).isEqualTo(before + 1);
            assertThat(regional.get("processChangesByChangeType").get("CONTRACT_UNBUNDLED").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(3)
    void lifecycleStepsOutOfOrderAreRefusedAndNothingIsAppended() throws Exception {
        String lhjA = api.demoParticipant(0);
        int before = api.history(lhjA).size();
        HttpResponse<String> achieve = api.post("/participants/" + lhjA + "/goals/LHJ-A-anchor-purchasing/achievement",
                "{\"evidence\":[\"doc:1\"],\"occurredOn\":\"2024-01-10\"}");
        assertThat(achieve.statusCode()).isEqualTo(409);
        assertThat(achieve.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(achieve.body()).contains("\"field\":\"goalId\"");
        assertThat(api.post("/participants/" + lhjA + "/goals/LHJ-A-anchor-purchasing/progress-reports",
                "{\"asOf\":\"2024-01-10\",\"status\":\"ON_TRACK\",\"confidence\":5,\"occurredOn\":\"2024-01-10\"}")
                .statusCode()).isEqualTo(409);
        assertThat(api.post("/participants/" + lhjA + "/process-changes/LHJ-A-pc-1/adoption",
                "{\"authority\":\"BOARD_ACTION\",\"occurredOn\":\"2024-01-10\"}").statusCode()).isEqualTo(409);
        // LHJ-I cannot activate its team: two members, and no C&P officer
        String lhjI = api.demoParticipant(8);
        HttpResponse<String> activation = api.post("/participants/" + lhjI + "/change-team/activation",
                "{\"occurredOn\":\"2023-04-01\"}");
        assertThat(activation.statusCode()).isEqualTo(409);
        assertThat(activation.body()).contains("at least 3");
        // attendance once per team and held session
        assertThat(api.post("/cohorts/" + DemoData.COHORT + "/sessions/S1/attendance",
                "{\"participantId\":\"" + lhjA + "\",\"attendeeCount\":2,\"attendeeRoles\":[],"
                        + "\"occurredOn\":\"2023-03-16\"}").statusCode()).isEqualTo(409);
        assertThat(api.post("/participants/" + lhjA + "/goals/no-such-goal/abandonment",
                "{\"reason\":\"r\",\"occurredOn\":\"2024-01-10\"}").statusCode()).isEqualTo(404);
        assertThat(api.history(lhjA).size()).as("events of LHJ-A in the store").isEqualTo(before);
    }

    @Test
    @Order(4)
    void theJanuary2024CorrectionChangesTheRegionalFigureAndTheSupersededValueStaysInHistory() throws Exception {
        String lhjA = api.demoParticipant(0);
        JsonNode correction = null;
        for (JsonNode event : api.history(lhjA)) {
            if (event.get("eventType").asString().equals("org.equityaccelerator.metric.observation-corrected.v1")) {
                correction = event;
            }
        }
        assertThat(correction).as("the correction in LHJ-A's history").isNotNull();
        String supersededId = correction.get("payload").get("supersedesEventId").asString();
        JsonNode superseded = null;
        for (JsonNode event : api.history(lhjA)) {
            if (event.get("eventId").asString().equals(supersededId)) {
                superseded = event;
            }
        }
        assertThat(superseded.get("payload").get("denominator").asLong()).isEqualTo(9_500_000);
        assertThat(correction.get("payload").get("previousValue").decimalValue()).isEqualByComparingTo("12.63");

        // as known just before the correction was recorded, and now
        String before = java.time.Instant.parse(correction.get("recordedAt").asString()).minusMillis(1).toString();
        JsonNode then = api.get("/cohorts/" + DemoData.COHORT + "/progress?knownAt=" + before);
        JsonNode now = api.get("/cohorts/" + DemoData.COHORT + "/progress");
        java.math.BigDecimal q2Then = then.get("metrics").get("M-CBO-SHARE").get("trend").get("2023-Q2").get("value")
                .decimalValue();
        java.math.BigDecimal q2Now = now.get("metrics").get("M-CBO-SHARE").get("trend").get("2023-Q2").get("value")
                .decimalValue();
        assertThat(q2Now).isGreaterThan(q2Then); // a smaller denominator: a larger pooled share
        JsonNode lhjANow = api.get("/participants/" + lhjA + "/progress").get("metrics").get("M-CBO-SHARE");
        assertThat(lhjANow.get("baseline").get("value").decimalValue()).isEqualByComparingTo("13.19");
        assertThat(lhjANow.get("corrections").asInt()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void aMetricValueIsApprovedOnlyBySomeoneElseThanItsReporter() throws Exception {
        JsonNode items = api.get("/cohorts/" + DemoData.COHORT + "/participants?size=3").get("items");
        String day = "{\"occurredOn\":\"2023-10-21\"}";
        // LHJ-A's own value: its team member reported and submits it, and may not approve it (no reviewer grant)
        String lhjA = "/participants/" + items.get(0).get("participantId").asString()
                + "/metrics/M-CBO-SHARE/observations/2023-Q3";
        assertThat(api.postAs("lhj-a-member", lhjA + "/submission", day).statusCode()).isEqualTo(201);
        assertThat(api.postAs("lhj-a-member", lhjA + "/approval", day).statusCode()).isEqualTo(403);
        // LHJ-C's value was entered by the program admin: the admin may review, but not what it reported itself
        String lhjC = items.get(2).get("participantId").asString();
        String q3 = "/participants/" + lhjC + "/metrics/M-CBO-SHARE/observations/2023-Q3";
        assertThat(api.postAs("pha-admin-1", q3 + "/submission", day).statusCode()).isEqualTo(201);
        HttpResponse<String> own = api.postAs("pha-admin-1", q3 + "/approval", day);
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(own.body()).contains("\"field\":\"actor\"");
        assertThat(api.postAs("reviewer-1", q3 + "/approval", day).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/participants/" + lhjC
                + "/progress").get("metrics").get("M-CBO-SHARE").get("review").get("2023-Q3").asString())
                .isEqualTo("APPROVED"));
    }


    /**
     * A value for a period that has not ended when it is reported (2099-Q1, or 2023-Q4 in November 2023) is refused
     * naming {@code period}: accepted, it would become the region's latest period and blank the regional value.
     */
    @Test
    @Order(7)
    void aValueForAPeriodThatHasNotEndedIsRefusedAndTheRegionalFigureStays() throws Exception {
        String lhjF = api.demoParticipant(5);
        JsonNode before = api.get("/cohorts/" + DemoData.COHORT + "/progress").get("metrics").get("M-CBO-SHARE");
        int events = api.history(lhjF).size();
        for (String period : new String[]{"2099-Q1", "2023-Q4"}) {
            HttpResponse<String> refused = api.post("/participants/" + lhjF + "/metrics/M-CBO-SHARE/observations", """
                    {"period":"%s","numerator":1,"denominator":2,"source":"finance system (synthetic)",
                     "occurredOn":"2023-11-15","lateEntry":true,"lateEntryReason":"reported after the closure"}"""
                    .formatted(period));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("\"field\":\"period\"");
        }
        assertThat(api.history(lhjF).size()).isEqualTo(events);
        JsonNode after = api.get("/cohorts/" + DemoData.COHORT + "/progress").get("metrics").get("M-CBO-SHARE");
        assertThat(after.get("latestPeriod").asString()).isEqualTo(before.get("latestPeriod").asString())
                .isLessThan("2024");
        assertThat(after.get("regionalValue").decimalValue()).isEqualByComparingTo(before.get("regionalValue")
                .decimalValue());
    }
}
