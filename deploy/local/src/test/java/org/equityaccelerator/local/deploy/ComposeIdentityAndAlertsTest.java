package org.equityaccelerator.local.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm of deploy/compose matches the demo identities and both services take its tokens; the topics exist
 * on a broker that creates none; the alert rules and dashboard watch the metrics.
 */
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
    void bothServicesCheckTheRealmsPublicIssuerAndFetchItsKeysOnTheInternalNetwork() throws Exception {
        Map<String, Map<String, Object>> services = composeServices();
        Map<String, String> dotEnv = dotEnv();
        Map<String, Object> keycloak = services.get("keycloak");
        Map<String, Object> keycloakEnv = (Map<String, Object>) keycloak.get("environment");
        // one issuer for tokens fetched from the host and from inside the network: a fixed public hostname
        String publicUrl = compose(keycloakEnv.get("KC_HOSTNAME"), dotEnv);
        assertThat(publicUrl).matches("https?://[^/]+");
        assertThat(keycloakEnv.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")).isEqualTo("true");
        String internalPort = ((List<String>) keycloak.get("ports")).get(0).split(":")[1];
        String realm = JsonMapper.builder().build().readTree(
                DeploymentFilesTest.COMPOSE.resolve("keycloak/accelerator-realm.json").toFile()).get("realm").asString();
        for (String name : List.of("command-service", "query-service")) {
            Map<String, Object> env = (Map<String, Object>) services.get(name).get("environment");
            assertThat(compose(env.get("OIDC_ISSUER_URI"), dotEnv)).as(name + " issuer")
                    .isEqualTo(publicUrl + "/realms/" + realm);
            assertThat(compose(env.get("OIDC_JWK_SET_URI"), dotEnv)).as(name + " keys").isEqualTo(
                    "http://keycloak:" + internalPort + "/realms/" + realm + "/protocol/openid-connect/certs");
            assertThat(compose(env.get("ACCESS_OPERATOR_PROGRAM"), dotEnv)).as(name + " operator program").isNotBlank();
            assertThat((Map<String, Object>) services.get(name).get("depends_on")).containsKeys("keycloak", "kafka");
            ReadableSettings settings = ReadableSettings.of(DeploymentFilesTest.REPO, name);
            assertThat(settings.properties().get("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                    .startsWith("${OIDC_ISSUER_URI:");
            assertThat(settings.properties().get("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                    .isEqualTo("${OIDC_JWK_SET_URI:}");
        }
        // the first admin is a user of the realm (its id is the token's sub), admin of the operator's program
        Map<String, Object> command = (Map<String, Object>) services.get("command-service").get("environment");
        String[] admin = compose(command.get("ACCESS_BOOTSTRAP_ADMINS"), dotEnv).split(",")[0].split("@");
        assertThat(DEMO_USERS).contains(admin[0]);
        assertThat(admin[1]).isEqualTo(compose(command.get("ACCESS_OPERATOR_PROGRAM"), dotEnv));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerCreatesNoTopicSoCommandServiceCreatesTheEventAndTheAccessTopic() throws Exception {
        Map<String, Map<String, Object>> services = composeServices();
        assertThat(((Map<String, Object>) services.get("kafka").get("environment"))
                .get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        Object create = ((Map<String, Object>) services.get("command-service").get("environment"))
                .getOrDefault("KAFKA_CREATE_TOPIC", ReadableSettings.of(DeploymentFilesTest.REPO, "command-service")
                        .defaultOf("accelerator.kafka.create-topic"));
        assertThat(create).isEqualTo("true");
        // what it creates (TopicsOnAManagedBrokerIT runs it against a broker that creates nothing by itself)
        assertThat(source("command-service", "publishing/EventTopic.java"))
                .contains("create(settings.topic()").contains("create(settings.accessTopic()");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> composeServices() throws Exception {
        return (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(Files.readString(DeploymentFilesTest.COMPOSE.resolve("compose.yaml")))
                .get("services");
    }

    /** A compose value with its {@code ${NAME:-default}} and {@code ${NAME:?message}} resolved from .env.example. */
    static String compose(Object value, Map<String, String> dotEnv) {
        assertThat(value).as("a variable compose sets").isNotNull();
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([-?])([^}]*))?}").matcher(value.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String resolved = dotEnv.containsKey(m.group(1)) ? dotEnv.get(m.group(1))
                    : "-".equals(m.group(2)) ? m.group(3) : null;
            assertThat(resolved).as(m.group(1) + " in .env.example or with a default").isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        return m.appendTail(out).toString();
    }

    static Map<String, String> dotEnv() throws Exception {
        Map<String, String> values = new java.util.HashMap<>();
        for (String line : Files.readAllLines(DeploymentFilesTest.COMPOSE.resolve(".env.example"))) {
            if (!line.startsWith("#") && line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
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

    /** Prometheus scrapes each service's management port (no token there), which is not published to the host. */
    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheUnpublishedManagementPortOfEachService() throws Exception {
        Map<String, Map<String, Object>> services = composeServices();
        Map<String, Object> prometheus = new Yaml().load(Files.readString(
                DeploymentFilesTest.COMPOSE.resolve("prometheus/prometheus.yml")));
        Map<String, Map<String, Object>> jobs = new java.util.HashMap<>();
        ((List<Map<String, Object>>) prometheus.get("scrape_configs")).forEach(j -> jobs.put((String) j.get("job_name"), j));
        DeploymentFilesTest.SERVICES.forEach((name, settings) -> {
            assertThat(settings.reads("MANAGEMENT_PORT")).as(name + " reads MANAGEMENT_PORT").isTrue();
            assertThat(settings.properties()).as(name).containsEntry("management.server.port", "${MANAGEMENT_PORT:}");
            Object managementPort = ((Map<String, Object>) services.get(name).get("environment")).get("MANAGEMENT_PORT");
            assertThat(managementPort).as(name).isNotNull().isNotEqualTo(settings.defaultOf("server.port"));
            Map<String, Object> job = jobs.get(name);
            assertThat(job).as("scrape job " + name).isNotNull();
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            assertThat(String.valueOf(((List<Map<String, Object>>) job.get("static_configs")).get(0).get("targets")))
                    .isEqualTo("[" + name + ":" + managementPort + "]");
            assertThat((List<String>) services.get(name).get("ports")).as(name + " publishes")
                    .noneMatch(p -> p.endsWith(":" + managementPort) || p.equals(String.valueOf(managementPort)));
        });
    }

    private static String source(String module, String file) throws Exception {
        String base = module.startsWith("command") ? "command" : "query";
        return Files.readString(DeploymentFilesTest.REPO.resolve(module)
                .resolve("src/main/java/org/equityaccelerator/" + base + "/" + file));
    }
}
