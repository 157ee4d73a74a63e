package org.equityaccelerator.command.operations;

import org.equityaccelerator.command.TestIdentity;

import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.infra.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's path: {@code deploy/sql/roles.sql} run with psql on an empty server, then command-service migrates
 * as {@code accelerator_owner} (no CREATEROLE, no superuser) and runs as {@code accelerator_app}; a second run rotates
 * the passwords. Needs psql on the PATH (any version from 12): Debian's postgresql-client.
 */
@EnabledIf("psqlAvailable")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accelerator.kafka.topic=roles-it.events"})
class OperatorRolesIT {
    static final LocalInfra INFRA = LocalInfra.shared();
    static final Path SCRIPT = Path.of("..", "deploy", "sql", "roles.sql").toAbsolutePath().normalize();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Server.POSTGRES.url("commands"));
        registry.add("spring.datasource.username", () -> "accelerator_app");
        registry.add("spring.datasource.password", () -> "app-1");
        registry.add("accelerator.history.username", () -> "accelerator_auditor");
        registry.add("accelerator.history.password", () -> "auditor-1");
        registry.add("spring.flyway.user", () -> "accelerator_owner");
        registry.add("spring.flyway.password", () -> "owner-1");
        registry.add("accelerator.kafka.bootstrap-servers", INFRA::kafkaBootstrapServers);
        // not the local profile: every password here is the operator's own, so the service starts
        TestIdentity.register(registry);
    }

    @AfterAll
    static void stop() {
        Server.POSTGRES.close();
    }


    @LocalServerPort int port;

    /** Started on first use, so that a missing psql skips the class instead of failing its initialisation. */
    static final class Server {
        static final RestartablePostgres POSTGRES = serverWithRoles();
    }

    static boolean psqlAvailable() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theServiceMigratesAsAnOwnerWithoutCreateRoleAndPasswordsRotate() throws Exception {
        try (Connection c = DriverManager.getConnection(Server.POSTGRES.url("postgres"), "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery(
                     "select rolcreaterole or rolsuper from pg_roles where rolname = 'accelerator_owner'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("owner may create roles").isFalse();
        }
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/programs"))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + TestIdentity.admin())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"programId":"roles-%s","name":"n","convener":"c","focusAreas":[],
                         "participantOrgTypes":["LHJ_COUNTY"],"occurredOn":"2023-01-01"}"""
                        .formatted(UUID.randomUUID()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        // the app role appends, but cannot rewrite the record
        try (Connection c = DriverManager.getConnection(Server.POSTGRES.url("commands"), "accelerator_app", "app-1")) {
            assertThat(c.createStatement().executeQuery("select count(*) from domainevententry").next()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    c.createStatement().execute("update domainevententry set payloadtype = 'x'"))
                    .hasMessageContaining("permission denied");
        }

        psql("owner-2", "app-2", "auditor-2", "query-2");
        try (Connection c = DriverManager.getConnection(Server.POSTGRES.url("commands"), "accelerator_app", "app-2")) {
            assertThat(c.isValid(2)).isTrue();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                DriverManager.getConnection(Server.POSTGRES.url("commands"), "accelerator_app", "app-1"))
                .hasMessageContaining("password authentication failed");
    }

    private static RestartablePostgres serverWithRoles() {
        try {
            RestartablePostgres pg = RestartablePostgres.start(
                    Path.of("target", "roles-it", "pgdata-" + UUID.randomUUID()).toAbsolutePath());
            // zonky's initdb trusts every local connection; passwords must be checked for the rotation to show
            Path hba = pg.dataDirectory().resolve("pg_hba.conf");
            Files.writeString(hba, "local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                    + "host all postgres ::1/128 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
                    + "host all all ::1/128 scram-sha-256\n");
            pg.reloadConfiguration();
            psqlOn(pg, "owner-1", "app-1", "auditor-1", "query-1");
            return pg;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void psql(String owner, String app, String auditor, String query) throws Exception {
        psqlOn(Server.POSTGRES, owner, app, auditor, query);
    }

    private static void psqlOn(RestartablePostgres pg, String owner, String app, String auditor, String query)
            throws IOException, InterruptedException {
        String url = pg.url("postgres");
        String port = url.replaceAll(".*:(\\d+)/.*", "$1");
        Process psql = new ProcessBuilder(List.of("psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres",
                "-v", "ON_ERROR_STOP=1", "-v", "owner_password=" + owner, "-v", "app_password=" + app,
                "-v", "auditor_password=" + auditor, "-v", "query_password=" + query, "-f", SCRIPT.toString(),
                "postgres")).redirectErrorStream(true).start();
        String out = new String(psql.getInputStream().readAllBytes());
        if (!psql.waitFor(60, TimeUnit.SECONDS) || psql.exitValue() != 0) {
            throw new IllegalStateException("psql -f " + SCRIPT + " failed:\n" + out);
        }
    }
}
