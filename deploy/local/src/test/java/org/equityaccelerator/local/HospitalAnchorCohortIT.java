package org.equityaccelerator.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hospital anchor-mission cohort (CLC/HASC-shaped: day-precision learning sessions, HAN metrics, goals tagged by
 * HAN pillar) with the Health Equity Guide's practices as a yes/no checklist instrument scored as percent in
 * place: configuration only, through the public API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoStackExtension.class)
class HospitalAnchorCohortIT {
    PublicApi api;

    @BeforeAll
    void stackRunning(PublicApi api) {
        this.api = api;
    }

    @Test
    void aHospitalAnchorCohortWithHanMetricsAndAPracticeChecklistRunsAsConfiguration() throws Exception {
        api.created("/programs", """
                {"programId":"hasc-anchor","name":"Hospital Anchor Mission Learning Collaborative","convener":"HASC",
                 "focusAreas":["anchor_mission"],"participantOrgTypes":["HOSPITAL","HEALTH_SYSTEM"],
                 "processChangeTypes":["LOCAL_HIRING_PATHWAY","PLACE_BASED_INVESTMENT","IMPACT_PURCHASING_GOAL"],
                 "frameworkTags":["HAN-IW","HAN-IP","HAN-PBI"],
                 "processChangeStages":["COMMITMENT","BASELINE_ASSESSMENT","STRATEGY","IMPLEMENTATION","MEASUREMENT"],
                 "occurredOn":"2023-11-01"}""");
        api.created("/cohorts", """
                {"cohortId":"hasc-2024","programId":"hasc-anchor","label":"2024","region":"Southern California",
                 "startDate":"2024-01-01","endDate":"2024-12-31","minTeamSize":3,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP","SUPPLY_CHAIN","HR"],"occurredOn":"2023-12-01"}""");
        for (int s = 1; s <= 4; s++) {
            api.created("/cohorts/hasc-2024/sessions", """
                    {"sessionId":"LS%d","seq":%d,"title":"Learning session %d","scheduledFor":"2024-%02d-15",
                     "datePrecision":"DAY","occurredOn":"2023-12-01"}""".formatted(s, s, s, s * 3 - 2));
        }
        String[][] metrics = {{"M-LOCAL-SPEND", "Local and diverse spend", "USD", "SUM", "null"},
                {"M-LOCAL-HIRES", "Local hires", "COUNT", "SUM", "null"},
                {"M-PBI", "Place-based investment", "USD", "SUM", "null"},
                {"M-LOCAL-SHARE", "Share of spend that is local", "PERCENT", "COUNT_ORGS_MEETING", "10"}};
        for (String[] m : metrics) {
            api.created("/cohorts/hasc-2024/metrics", """
                    {"metricId":"%s","version":"1.0","name":"%s","unit":"%s","polarity":"HIGHER_IS_BETTER",
                     "frequency":"YEAR","aggregation":"%s","threshold":%s,"occurredOn":"2024-01-05"}"""
                    .formatted((Object[]) m));
        }
        String checklist = "/instruments/HEG-PRACTICES/versions/1.0";
        api.created("/instruments", """
                {"instrumentId":"HEG-PRACTICES","version":"1.0","programId":"hasc-anchor",
                 "title":"Health Equity Guide strategic practices (checklist)","occurredOn":"2024-01-05"}""");
        api.created(checklist + "/domains", "{\"domainKey\":\"INTERNAL\",\"title\":\"Transform internal processes\","
                + "\"occurredOn\":\"2024-01-05\"}");
        for (String practice : new String[]{"ALLOCATE_RESOURCES", "WORKFORCE", "COMMUNITY_PARTNERS"}) {
            api.created(checklist + "/items", """
                    {"itemKey":"%s","domainKey":"INTERNAL","text":"%s","occurredOn":"2024-01-05"}"""
                    .formatted(practice, practice.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        api.created(checklist + "/scale", """
                {"levels":[{"code":"NOT_YET","label":"Not yet","value":0},{"code":"IN_PLACE","label":"In place","value":1}],
                 "occurredOn":"2024-01-05"}""");
        api.created(checklist + "/scoring-rule", """
                {"rule":"PERCENT_AT_OR_ABOVE_LEVEL","levelCode":"IN_PLACE","occurredOn":"2024-01-05"}""");
        api.created(checklist + "/publication", "{\"occurredOn\":\"2024-01-06\"}");
        api.created("/cohorts/hasc-2024/instruments", """
                {"instrumentId":"HEG-PRACTICES","version":"1.0","administrations":["BASELINE","ENDLINE"],
                 "occurredOn":"2024-01-06"}""");

        String[] pillars = {"HAN-IW", "HAN-IP", "HAN-PBI"};
        long[] localSpend = {2_000_000, 3_500_000, 1_250_000};
        String[] localShare = {"12.5", "8", "10"};
        java.util.List<String> hospitals = new java.util.ArrayList<>();
        for (int h = 0; h < 3; h++) {
            String id = api.created("/cohorts/hasc-2024/participants", """
                    {"orgId":"HOSP-%d","orgName":"Hospital %d (placeholder)","orgType":"HOSPITAL",
                     "occurredOn":"2024-01-10"}""".formatted(h + 1, h + 1));
            hospitals.add(id);
            String p = "/participants/" + id;
            api.created(p + "/change-team", "{\"occurredOn\":\"2024-01-15\"}");
            for (String role : new String[]{"EXECUTIVE_LEADERSHIP", "SUPPLY_CHAIN", "HR"}) {
                api.created(p + "/change-team/members", """
                        {"memberRef":"h%d-%s","role":"%s","occurredOn":"2024-01-15"}"""
                        .formatted(h + 1, role.toLowerCase(java.util.Locale.ROOT), role));
            }
            api.created(p + "/change-team/activation", "{\"occurredOn\":\"2024-01-20\"}");
            api.created(p + "/goal-drafts", """
                    {"goalId":"h%d-anchor","title":"Anchor goal","tags":["%s"],"occurredOn":"2024-02-01"}"""
                    .formatted(h + 1, pillars[h]));
            api.created(p + "/metrics/M-LOCAL-SPEND/baseline", """
                    {"period":"2023","value":%d,"source":"AP system (synthetic)","occurredOn":"2024-02-15"}"""
                    .formatted(localSpend[h]));
            api.created(p + "/metrics/M-LOCAL-SHARE/baseline", """
                    {"period":"2023","value":%s,"source":"AP system (synthetic)","occurredOn":"2024-02-15"}"""
                    .formatted(localShare[h]));
        }
        String first = hospitals.get(0);
        String second = hospitals.get(1);
        // the program's own taxonomy: a C&P change type it did not declare is refused, a declared one accepted
        HttpResponse<String> outside = api.post("/participants/" + first + "/process-changes", """
                {"changeType":"ADVANCE_PAYMENT","lifecycleStage":"PAYMENT","description":"d","status":"PROPOSED",
                 "occurredOn":"2024-03-01"}""");
        assertThat(outside.statusCode()).isEqualTo(409);
        assertThat(outside.body()).contains("\"field\":\"changeType\"");
        // its own stages too: an anchor-mission change does not pretend to be a contracting stage
        HttpResponse<String> contractingStage = api.post("/participants/" + first + "/process-changes", """
                {"changeType":"LOCAL_HIRING_PATHWAY","lifecycleStage":"PAYMENT","description":"d","status":"PROPOSED",
                 "occurredOn":"2024-03-01"}""");
        assertThat(contractingStage.statusCode()).as(contractingStage.body()).isEqualTo(409);
        assertThat(contractingStage.body()).contains("\"field\":\"lifecycleStage\"");
        api.created("/participants/" + first + "/process-changes", """
                {"changeType":"LOCAL_HIRING_PATHWAY","lifecycleStage":"STRATEGY",
                 "description":"Hiring pathway with the community college","status":"PROPOSED","occurredOn":"2024-03-01"}""");
        api.created("/participants/" + first + "/process-changes", """
                {"changeType":"IMPACT_PURCHASING_GOAL","lifecycleStage":"IMPLEMENTATION",
                 "description":"Food purchased from local growers","status":"PROPOSED","occurredOn":"2024-03-05"}""");
        api.created("/participants/" + second + "/process-changes", """
                {"changeType":"IMPACT_PURCHASING_GOAL","lifecycleStage":"BASELINE_ASSESSMENT",
                 "description":"Spend analysis by supplier zip code","status":"PROPOSED","occurredOn":"2024-03-05"}""");
        String assessment = "/participants/" + first + "/assessments/heg-1";
        api.created("/participants/" + first + "/assessments", """
                {"assessmentId":"heg-1","instrumentId":"HEG-PRACTICES","version":"1.0","administration":"BASELINE",
                 "occurredOn":"2024-02-01"}""");
        api.created(assessment + "/responses", """
                {"responses":[{"itemKey":"ALLOCATE_RESOURCES","levelCode":"IN_PLACE"},
                 {"itemKey":"WORKFORCE","levelCode":"NOT_YET"},{"itemKey":"COMMUNITY_PARTNERS","levelCode":"IN_PLACE"}],
                 "occurredOn":"2024-02-20"}""");
        api.created(assessment + "/completion", "{\"occurredOn\":\"2024-02-20\"}");

        String hospital = first;
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode regional = api.get("/cohorts/hasc-2024/progress");
            assertThat(regional.get("teamsWithAllRequiredRoles").asInt()).isEqualTo(3);
            assertThat(regional.get("goalsByTag").toString())
                    .isEqualTo("{\"HAN-IP\":1,\"HAN-IW\":1,\"HAN-PBI\":1}");
            assertThat(regional.get("metrics").get("M-LOCAL-SPEND").get("regionalValue").decimalValue())
                    .isEqualByComparingTo("6750000");
            // 12.5% and 10% meet "10% or more"; 8% does not
            assertThat(regional.get("metrics").get("M-LOCAL-SHARE").get("regionalValue").decimalValue())
                    .isEqualByComparingTo("2");
            JsonNode baseline = api.get("/participants/" + hospital + "/progress").get("assessmentSummary").get("baseline");
            assertThat(baseline.get("overallScore").decimalValue()).isEqualByComparingTo("66.67"); // 2 of 3 in place
            assertThat(baseline.has("stage")).isTrue();
            // the heat map's columns are the program's stages, in its order, including those without a change yet
            java.util.List<String> stages = new java.util.ArrayList<>();
            regional.get("processChangesByStage").forEach(stage -> stages.add(stage.get("stage").asString() + "="
                    + stage.get("recorded").asInt()));
            assertThat(stages).containsExactly("COMMITMENT=0", "BASELINE_ASSESSMENT=1", "STRATEGY=1",
                    "IMPLEMENTATION=1", "MEASUREMENT=0");
        });
        JsonNode firstChanges = api.get("/participants/" + hospital + "/progress").get("processChanges");
        assertThat(firstChanges.get("byLifecycleStage").toString())
                .isEqualTo("{\"IMPLEMENTATION\":1,\"STRATEGY\":1}");
    }
}
