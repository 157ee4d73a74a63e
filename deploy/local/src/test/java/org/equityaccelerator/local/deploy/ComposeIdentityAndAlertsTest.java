package org.equityaccelerator.local.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The Keycloak realm of deploy/compose matches the demo identities; the alert rules and dashboard watch the metrics. */
class ComposeIdentityAndAlertsTest {
    static final List<String> DEMO_USERS = List.of("pha-admin-1", "facilitator-1", "reviewer-1", "viewer-1",
            "auditor-1", "lhj-a-lead", "lhj-a-member", "lhj-b-lead", "lhj-b-member", "other-admin-1");

    @Test
    void theRealmHoldsTheDemoUsersWithTheirNameAsSubjectAndTheThreeClients() throws Exception {
        JsonNode realm = JsonMapper.builder().build().readTree(
                DeploymentFilesTest.COMPOSE.resolve("keycloak/accelerator-realm.json").toFile());
        assertThat(realm.get("realm").asString()).isEqualTo("accelerator");
        List<JsonNode> users = StreamSupport.stream(realm.get("users").spliterator(), false).toList();
        assertThat(users).extracting(u -> u.get("username").asString()).containsExactlyInAnyOrderElementsOf(DEMO_USERS);
        // the token's sub is the user's id: equal to the pseudonymous username, as in the local authorization server
        users.forEach(u -> assertThat(u.get("id").asString()).isEqualTo(u.get("username").asString()));
        assertThat(users).allMatch(u -> !u.has("groups") && !u.has("realmRoles"), "no roles in the IdP: grants are events");
        Map<String, JsonNode> clients = new java.util.HashMap<>();
        realm.get("clients").forEach(c -> clients.put(c.get("clientId").asString(), c));
        assertThat(clients).containsOnlyKeys("partner-1", "accelerator-dashboard", "accelerator-cli");
        JsonNode partner = clients.get("partner-1");
        assertThat(partner.get("publicClient").asBoolean()).isFalse();
        assertThat(partner.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(partner.get("secret").asString()).matches("\\$\\{[A-Z0-9_]+}");
        JsonNode dashboard = clients.get("accelerator-dashboard");
        assertThat(dashboard.get("publicClient").asBoolean()).isFalse();
        assertThat(dashboard.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(dashboard.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        JsonNode cli = clients.get("accelerator-cli");
        assertThat(cli.get("publicClient").asBoolean()).isTrue();
        assertThat(cli.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        String env = Files.readString(DeploymentFilesTest.COMPOSE.resolve("compose.yaml"));
        assertThat(env).contains("PARTNER_1_CLIENT_SECRET:").contains("DASHBOARD_CLIENT_SECRET:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void alertsWatchPublisherLagProjectionFreshnessAndServerErrorsOnMetricsTheServicesExport() throws Exception {
        Map<String, Object> rules = new Yaml().load(Files.readString(
                DeploymentFilesTest.COMPOSE.resolve("prometheus/alerts.yml")));
        List<Map<String, Object>> alerts = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) rules.get("groups")).get(0).get("rules");
        Map<String, String> exprByAlert = new java.util.HashMap<>();
        alerts.forEach(a -> exprByAlert.put((String) a.get("alert"), (String) a.get("expr")));
        assertThat(exprByAlert.get("PublisherLagging")).contains("accelerator_publisher_lag_events");
        assertThat(exprByAlert.get("ProjectionStale")).contains("accelerator_projection_freshness_seconds_bucket");
        assertThat(exprByAlert.get("ServerErrors")).contains("http_server_requests_seconds_count{status=~\"5..\"}");
        // the metrics exist under these names: the gauge, the histogram and the timer the services register
        assertThat(source("command-service", "publishing/PublisherLag.java"))
                .contains("\"accelerator.publisher.lag\"").contains(".baseUnit(\"events\")");
        assertThat(source("query-service", "projection/Projector.java")).contains("\"accelerator.projection.freshness\"");
        assertThat(ReadableSettings.of(DeploymentFilesTest.REPO, "query-service").properties())
                .containsEntry("management.metrics.distribution.percentiles-histogram.accelerator.projection.freshness",
                        "true");

        JsonNode dashboard = JsonMapper.builder().build().readTree(
                DeploymentFilesTest.COMPOSE.resolve("grafana/dashboards/equity-accelerator.json").toFile());
        String expressions = dashboard.get("panels").findValues("expr").toString();
        assertThat(expressions).contains("accelerator_publisher_lag_events", "accelerator_projection_freshness_seconds",
                "accelerator_commands_seconds", "http_server_requests_seconds_count");
    }

    private static String source(String module, String file) throws Exception {
        String base = module.startsWith("command") ? "command" : "query";
        return Files.readString(DeploymentFilesTest.REPO.resolve(module)
                .resolve("src/main/java/org/equityaccelerator/" + base + "/" + file));
    }
}
