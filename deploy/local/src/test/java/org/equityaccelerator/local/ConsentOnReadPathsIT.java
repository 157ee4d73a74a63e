package org.equityaccelerator.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9's consent rule on every read path of the demo cohort, with real tokens: LHJ-A..E consented to be named
 * (REGIONAL_NAMED), LHJ-F..I did not. Program staff see all nine participants in the list and its CSV; the regional
 * viewer, a team member and the partner see the five that consented (plus their own team's); the regional view names
 * only those; a caller with no grant for the cohort reads nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoStackExtension.class)
class ConsentOnReadPathsIT {
    static final String LIST = "/cohorts/" + DemoData.COHORT + "/participants";
    static final List<String> CONSENTED = List.of("LHJ-A", "LHJ-B", "LHJ-C", "LHJ-D", "LHJ-E");
    final JsonMapper json = JsonMapper.builder().build();
    PublicApi api;

    @BeforeAll
    void demoLoaded(PublicApi api) {
        this.api = api;
    }

    @Test
    void participantListsAndTheirCsvNameOnlyConsentingParticipantsToAnyoneButProgramStaff() throws Exception {
        for (String staff : List.of(PublicApi.ADMIN, "facilitator-1")) {
            assertThat(orgIds(api.getAs(staff, LIST + "?size=20"))).as(staff).hasSize(9).contains("LHJ-I");
            assertThat(csv(staff).lines()).as(staff).hasSize(1 + 9);
        }
        for (String reader : List.of("viewer-1", "lhj-b-member")) {
            JsonNode page = api.getAs(reader, LIST + "?size=20");
            assertThat(page.get("total").asInt()).as(reader).isEqualTo(5);
            assertThat(orgIds(page)).as(reader).containsExactlyElementsOf(CONSENTED);
            String csv = csv(reader);
            assertThat(csv.lines()).as(reader).hasSize(1 + 5);
            assertThat(csv).as(reader).contains("\"LHJ-A\"", "\"LHJ-E\"")
                    .doesNotContain("LHJ-F", "LHJ-G", "LHJ-H", "LHJ-I");
        }
        HttpResponse<String> partner = api.getRawAsPartner(api.queryUrl() + LIST + "?size=20");
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        assertThat(orgIds(json.readTree(partner.body()))).containsExactlyElementsOf(CONSENTED);
    }

    @Test
    void theRegionalViewerSeesTheRegionalViewWithConsentingParticipantsNamedOnly() throws Exception {
        JsonNode regional = api.getAs("viewer-1", "/cohorts/" + DemoData.COHORT + "/progress");
        List<String> names = new ArrayList<>();
        regional.get("participants").forEach(p -> names.add(p.get("displayName").asString()));
        assertThat(names).contains("LHJ-A (placeholder)", "LHJ-E (placeholder)")
                .filteredOn("Participant (anonymous)"::equals).hasSize(4);
        assertThat(regional.toString()).doesNotContain("LHJ-F", "LHJ-G", "LHJ-H", "LHJ-I", "\"orgName\"");
    }

    /**
     * Someone without a grant for the cohort (the admin of another program) reads nothing; once it joins LHJ-I's
     * team it sees its own team whatever the consent, and nothing of it again once the grant is revoked.
     */
    @Test
    void aTeamSeesItsOwnParticipantWithoutConsentAndAnOutsiderNothing() throws Exception {
        String outsider = "other-admin-1";
        assertThat(api.getRawAs(outsider, api.queryUrl() + LIST + ".csv").statusCode()).isEqualTo(403);
        String lhjI = api.demoParticipant(8);
        String grant = """
                {"subject":"%s","role":"TEAM_MEMBER","scopeId":"%s"}""".formatted(outsider, lhjI);
        assertThat(api.post("/programs/" + DemoData.PROGRAM + "/grants", grant).statusCode()).isEqualTo(201);
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                List<String> seen = orgIds(api.getAs(outsider, LIST + "?size=20"));
                assertThat(seen).hasSize(6).contains("LHJ-I").doesNotContain("LHJ-F", "LHJ-G", "LHJ-H");
            });
            assertThat(csv(outsider)).contains("\"LHJ-I\"").doesNotContain("LHJ-F");
        } finally {
            assertThat(api.post("/programs/" + DemoData.PROGRAM + "/grants/revocation", grant).statusCode())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.getRawAs(outsider,
                api.queryUrl() + LIST + ".csv").statusCode()).isEqualTo(403));
    }

    private String csv(String user) throws Exception {
        HttpResponse<String> response = api.getRawAs(user, api.queryUrl() + LIST + ".csv");
        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> orgIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("orgId").asString()));
        return ids;
    }
}
