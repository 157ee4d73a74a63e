package org.equityaccelerator.local.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of deploy/compose and deploy/k8s without a Docker engine or a cluster: the files parse, compose
 * refers only to what it defines, and every environment variable a manifest sets for a service is one the service reads.
 */
class DeploymentFilesTest {
    static final Path REPO = Path.of("..", "..").toAbsolutePath().normalize();
    static final Path COMPOSE = REPO.resolve("deploy/compose");
    static final Path K8S = REPO.resolve("deploy/k8s");
    static final Map<String, ReadableSettings> SERVICES = Map.of(
            "command-service", ReadableSettings.of(REPO, "command-service"),
            "query-service", ReadableSettings.of(REPO, "query-service"));

    @Test
    void everyYamlFileParses() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(COMPOSE), Files.walk(K8S))) {
            List<Path> yaml = files.filter(f -> f.toString().matches(".*\\.ya?ml")).toList();
            assertThat(yaml).hasSizeGreaterThanOrEqualTo(9);
            for (Path file : yaml) {
                List<Object> documents = new ArrayList<>();
                new Yaml().loadAll(Files.readString(file)).forEach(documents::add);
                assertThat(documents).as(file.toString()).isNotEmpty().doesNotContainNull();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRefersOnlyToWhatItDefinesAndItsSecretsComeFromTheEnvFile() throws IOException {
        String text = Files.readString(COMPOSE.resolve("compose.yaml"));
        Map<String, Object> compose = new Yaml().load(text);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "kafka", "keycloak", "command-service", "query-service",
                "prometheus", "grafana");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn != null) {
                Iterable<String> targets = dependsOn instanceof Map<?, ?> m ? (Iterable<String>) m.keySet()
                        : (Iterable<String>) dependsOn;
                targets.forEach(t -> assertThat(services).as(name + " depends on " + t).containsKey(t));
            }
            for (String mount : (List<String>) service.getOrDefault("volumes", List.of())) {
                String source = mount.split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(COMPOSE.resolve(source)).as(name + " mounts " + source).exists();
                } else {
                    assertThat(volumes).as(name + " uses volume " + source).containsKey(source);
                }
            }
        });
        String env = Files.readString(COMPOSE.resolve(".env.example"));
        Matcher used = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[-?][^}]*)?}").matcher(text);
        while (used.find()) {
            if (used.group(2) == null || used.group(2).startsWith(":?")) {
                assertThat(env).as(".env.example defines " + used.group(1)).containsPattern("(?m)^" + used.group(1) + "=");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVariableComposeSetsForAServiceIsOneItReads() throws IOException {
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>)
                new Yaml().<Map<String, Object>>load(Files.readString(COMPOSE.resolve("compose.yaml"))).get("services");
        SERVICES.forEach((name, settings) -> {
            Map<String, Object> environment = (Map<String, Object>) services.get(name).get("environment");
            assertThat(environment).as(name).isNotEmpty();
            environment.keySet().forEach(v -> assertThat(settings.reads(v)).as(name + " reads " + v).isTrue());
            List<String> ports = (List<String>) services.get(name).get("ports");
            assertThat(ports).contains(port(settings) + ":" + port(settings));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesDeploymentsProbeResourceAndReferenceTheirSecretsAndSetOnlyReadableVariables() throws IOException {
        for (String name : SERVICES.keySet()) {
            List<Map<String, Object>> docs = new ArrayList<>();
            new Yaml().loadAll(Files.readString(K8S.resolve(name + ".yaml"))).forEach(d -> docs.add((Map<String, Object>) d));
            assertThat(docs).extracting(d -> d.get("kind")).contains("Deployment", "Service", "PodDisruptionBudget");
            Map<String, Object> deployment = docs.stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst()
                    .orElseThrow();
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) at(deployment, "spec", "template"))
                    .get("spec");
            assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            // the probes ask the API's server (its liveness and readiness groups there), Prometheus the management port
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(at(container, probe, "httpGet", "port")).as(probe).isEqualTo("http");
            }
            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/livez");
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/readyz");
            assertThat(SERVICES.get(name).properties()).containsEntry("management.endpoint.health.probes.enabled", "true")
                    .containsEntry("management.endpoint.health.probes.add-additional-paths", "true");
            Object managementPort = at(environment(name).get("MANAGEMENT_PORT"), "value");
            assertThat(((List<Map<String, Object>>) container.get("ports")))
                    .anyMatch(p -> "management".equals(p.get("name"))
                            && String.valueOf(p.get("containerPort")).equals(managementPort));
            assertThat(at(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port"))
                    .isEqualTo(managementPort);
            Map<String, Object> service = docs.stream().filter(d -> "Service".equals(d.get("kind"))).findFirst()
                    .orElseThrow();
            assertThat(((List<Map<String, Object>>) at(service, "spec", "ports")))
                    .as(name + " Service exposes only the API").extracting(p -> p.get("targetPort")).containsOnly("http");
            assertThat((Map<String, Object>) at(container, "resources", "requests")).containsKeys("cpu", "memory");
            assertThat((Map<String, Object>) at(container, "resources", "limits")).containsKey("memory");
            assertThat(at(((List<Map<String, Object>>) container.get("ports")).get(0), "containerPort"))
                    .isEqualTo(Integer.parseInt(port(SERVICES.get(name))));
            for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
                String variableName = (String) variable.get("name");
                assertThat(SERVICES.get(name).reads(variableName)).as(name + " reads " + variableName).isTrue();
                if (variableName.contains("PASSWORD")) {
                    assertThat(variable).as(variableName + " comes from a secret").doesNotContainKey("value");
                    assertThat(at(variable, "valueFrom", "secretKeyRef", "name")).isNotNull();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesServicesTakeTheIssuerAndTheFirstAdminsFromTheIdentityConfigMap() throws IOException {
        Map<String, Object> configMap = new Yaml().load(Files.readString(K8S.resolve("identity.yaml")));
        assertThat(configMap.get("kind")).isEqualTo("ConfigMap");
        Map<String, Object> data = (Map<String, Object>) configMap.get("data");
        Map<String, List<String>> required = Map.of(
                "command-service", List.of("OIDC_ISSUER_URI", "ACCESS_BOOTSTRAP_ADMINS", "ACCESS_OPERATOR_PROGRAM"),
                "query-service", List.of("OIDC_ISSUER_URI", "ACCESS_OPERATOR_PROGRAM"));
        required.forEach((name, variables) -> {
            Map<String, Map<String, Object>> env = environment(name);
            for (String variable : variables) {
                assertThat(env).as(name + " sets " + variable).containsKey(variable);
                Map<String, Object> ref = (Map<String, Object>) at(env.get(variable), "valueFrom", "configMapKeyRef");
                assertThat(ref.get("name")).as(variable).isEqualTo(at(configMap, "metadata", "name"));
                assertThat(data).as(variable + " in the ConfigMap").containsKey((String) ref.get("key"));
                assertThat(ref.get("optional")).as(variable + " is required").isNotEqualTo(true);
            }
        });
        assertThat((String) data.get("bootstrap-admins")).matches("[^@,\\s]+@[^@,\\s]+(,[^@,\\s]+@[^@,\\s]+)*");
        assertThat((String) data.get("issuer-uri")).startsWith("https://");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whereTheOperatorOwnsTheTopicsBothTheEventAndTheAccessTopicAreDeclaredWithInfiniteRetention()
            throws IOException {
        assertThat(environment("command-service").get("KAFKA_CREATE_TOPIC").get("value")).isEqualTo("false");
        Map<String, Map<String, Object>> topics = new java.util.HashMap<>();
        new Yaml().loadAll(Files.readString(K8S.resolve("kafka-topic.yaml"))).forEach(d -> {
            Map<String, Object> doc = (Map<String, Object>) d;
            assertThat(doc.get("kind")).isEqualTo("KafkaTopic");
            topics.put((String) at(doc, "metadata", "name"), doc);
        });
        ReadableSettings command = SERVICES.get("command-service");
        List<String> used = List.of(command.defaultOf("accelerator.kafka.topic"),
                command.defaultOf("accelerator.kafka.access-topic"));
        assertThat(SERVICES.get("query-service").defaultOf("accelerator.kafka.access-topic")).isEqualTo(used.get(1));
        assertThat(topics).containsOnlyKeys(used);
        topics.forEach((name, topic) -> {
            assertThat(String.valueOf(at(topic, "spec", "config", "retention.ms"))).as(name).isEqualTo("-1");
            assertThat(at(topic, "spec", "config", "cleanup.policy")).as(name).isEqualTo("delete");
        });
    }

    @Test
    void queryServiceLogsInAsTheRoleThatOwnsTheViewsDatabaseNeverAsThePostgresSuperuser() throws IOException {
        Matcher owner = Pattern.compile("create database queries owner (\\w+)")
                .matcher(Files.readString(REPO.resolve("deploy/sql/roles.sql")));
        assertThat(owner.find()).as("roles.sql creates the queries database").isTrue();
        ReadableSettings query = SERVICES.get("query-service");
        assertThat(query.defaultOf("spring.datasource.username")).isEqualTo(owner.group(1)).isNotEqualTo("postgres");
        assertThat(org.equityaccelerator.local.LocalStack.QUERY_ROLE).isEqualTo(owner.group(1));
        assertThat(environment("query-service").get("DB_USER").toString()).contains("accelerator-db-query");
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE.resolve("compose.yaml")));
        assertThat(String.valueOf(at(compose, "services", "query-service", "environment", "DB_USER")))
                .isEqualTo(owner.group(1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> environment(String service) {
        try {
            for (Object d : new Yaml().loadAll(Files.readString(K8S.resolve(service + ".yaml")))) {
                Map<String, Object> doc = (Map<String, Object>) d;
                if ("Deployment".equals(doc.get("kind"))) {
                    Map<String, Object> pod = (Map<String, Object>) at(doc, "spec", "template", "spec");
                    Map<String, Map<String, Object>> env = new java.util.LinkedHashMap<>();
                    for (Map<String, Object> v : (List<Map<String, Object>>) ((List<Map<String, Object>>)
                            pod.get("containers")).get(0).get("env")) {
                        env.put((String) v.get("name"), v);
                    }
                    return env;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no Deployment in " + service + ".yaml");
    }

    private static String port(ReadableSettings settings) {
        return settings.defaultOf("server.port");
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            assertThat(current).as(String.join(".", path)).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
