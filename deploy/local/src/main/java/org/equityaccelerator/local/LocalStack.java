package org.equityaccelerator.local;

import org.equityaccelerator.command.CommandServiceApplication;
import org.equityaccelerator.infra.LocalInfra;
import org.equityaccelerator.infra.identity.DemoIdentities;
import org.equityaccelerator.infra.identity.LocalAuthorizationServer;
import org.equityaccelerator.infra.identity.TokenClient;
import org.equityaccelerator.query.QueryServiceApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The whole stack in one JVM: embedded PostgreSQL (one database per service), an in-JVM Kafka broker, the local
 * OpenID Connect provider (Spring Authorization Server with the demo users), command-service, query-service and,
 * unless {@code --no-demo}, the 2023 Regional Equity Accelerator demo, loaded by the demo users with their tokens.
 * Ctrl-C stops everything.
 */
public final class LocalStack implements AutoCloseable {
    /** The first admins: pha-admin-1 runs the demo program (and, as the operator's program, the platform). */
    static final String BOOTSTRAP_ADMINS = "pha-admin-1@" + DemoData.PROGRAM + ",other-admin-1@other-program";
    /** query-service logs in as the owner of its views database, not as the superuser (deploy/sql/roles.sql's role). */
    public static final String QUERY_ROLE = "accelerator_query";
    /** Local use only, as the services' other local default passwords. */
    static final String QUERY_ROLE_PASSWORD = "accelerator_query";
    private final LocalInfra infra;
    private final LocalAuthorizationServer issuer;
    private final ConfigurableApplicationContext commands;
    private final ConfigurableApplicationContext queries;

    private LocalStack(LocalInfra infra, LocalAuthorizationServer issuer, ConfigurableApplicationContext commands,
                       ConfigurableApplicationContext queries) {
        this.infra = infra;
        this.issuer = issuer;
        this.commands = commands;
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LocalOptions options = LocalOptions.parse(args);
        LocalInfra infra = LocalInfra.chooseModeForLocalRun() == LocalInfra.Mode.EMBEDDED
                ? LocalInfra.startPersistent(DataDirectory.prepare(options.dataDir(), options.reset()))
                : LocalInfra.start(LocalInfra.Mode.DOCKER, 0, 0);
        LocalStack stack = start(infra, options.commandPort(), options.queryPort(), options.issuerPort(),
                options.users());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        boolean loadDemo = options.demo() && stack.eventStoreIsEmpty();
        if (loadDemo) {
            DemoData demo = new DemoData(stack.commandUrl(), stack.tokens());
            demo.awaitVisible(stack.queryUrl(), demo.load());
        }
        String data = infra.mode() == LocalInfra.Mode.EMBEDDED
                ? "Data in " + options.dataDir() + " (kept across restarts; --reset starts empty, --data-dir=DIR elsewhere)"
                : "Data in Docker containers (removed on stop)";
        System.out.printf("""

                Equity accelerator local stack is up in %.1f s (PostgreSQL and Kafka embedded%s).
                  command API   %s/swagger-ui.html      (OpenAPI: %s/v3/api-docs)
                  query API     %s/swagger-ui.html      (OpenAPI: %s/v3/api-docs)
                  regional view %s/cohorts/%s/progress
                  participants  %s/cohorts/%s/participants
                  metrics       %s/actuator/prometheus  and  %s/actuator/prometheus  (with a token)
                  sign-in       %s  (OpenID Connect; demo users pha-admin-1, lhj-a-lead, ... password %s)%s
                  PostgreSQL    %s  (user postgres; query-service logs in as accelerator_query)
                  Kafka         %s  topics accelerator.events, accelerator.access
                %s
                Ctrl-C stops everything.
                %n""", (System.nanoTime() - started) / 1e9, loadDemo ? ", demo loaded" : "",
                stack.commandUrl(), stack.commandUrl(), stack.queryUrl(), stack.queryUrl(),
                stack.queryUrl(), DemoData.COHORT, stack.queryUrl(), DemoData.COHORT,
                stack.commandUrl(), stack.queryUrl(), stack.issuer.issuer(), DemoIdentities.PASSWORD,
                options.users().isEmpty() ? "" : "\n  added users   " + String.join(", ", options.users().keySet())
                        + "  (no role until a program admin grants one: POST /programs/{p}/grants)",
                infra.database("commands"),
                infra.kafkaBootstrapServers(), data);
    }

    /** Starts throwaway infrastructure and both services; port 0 picks free ports (tests). */
    public static LocalStack start(int commandPort, int queryPort) {
        return start(LocalInfra.start(LocalInfra.chooseModeForLocalRun(), 0, 0), commandPort, queryPort, 0);
    }

    /**
     * Starts the local OpenID Connect provider and both services on the given infrastructure, in the local profile
     * (the only one in which the services accept the local default passwords).
     */
    public static LocalStack start(LocalInfra infra, int commandPort, int queryPort, int issuerPort) {
        return start(infra, commandPort, queryPort, issuerPort, Map.of());
    }

    /** As {@link #start(LocalInfra, int, int, int)}, with people added next to the demo users (username -> password). */
    public static LocalStack start(LocalInfra infra, int commandPort, int queryPort, int issuerPort,
                                   Map<String, String> users) {
        LocalAuthorizationServer issuer = LocalAuthorizationServer.start(issuerPort, users);
        String kafka = "--accelerator.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers();
        String[] identity = {"--spring.profiles.active=local",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
                "--accelerator.access.operator-program=" + DemoData.PROGRAM};
        // command-service migrates as the owner and runs as its own append-only role (see db/commands/V3)
        ConfigurableApplicationContext commands = CommandServiceApplication.start(concat(identity, kafka,
                ServiceConfig.locationOf(CommandServiceApplication.class),
                "--server.port=" + commandPort, "--spring.datasource.url=" + infra.database("commands"),
                "--spring.flyway.user=" + infra.username(), "--spring.flyway.password=" + infra.password(),
                "--accelerator.access.bootstrap-admins=" + BOOTSTRAP_ADMINS));
        ConfigurableApplicationContext queries = QueryServiceApplication.start(concat(identity, kafka,
                ServiceConfig.locationOf(QueryServiceApplication.class),
                "--spring.datasource.username=" + QUERY_ROLE, "--spring.datasource.password=" + QUERY_ROLE_PASSWORD,
                "--server.port=" + queryPort,
                "--spring.datasource.url=" + infra.databaseOwnedBy("queries", QUERY_ROLE, QUERY_ROLE_PASSWORD),
                // query-service needs no Axon; in this shared classpath keep Axon's auto-configuration out of it
                "--spring.autoconfigure.exclude=" + String.join(",", commandSideAutoConfigurations())));
        return new LocalStack(infra, issuer, commands, queries);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** Real tokens of the demo users and the partner client, from this stack's OpenID Connect provider. */
    public TokenClient tokens() {
        return issuer.tokens();
    }

    public String issuerUrl() {
        return issuer.issuer();
    }

    /** Whether the event store holds no event but the bootstrap grants: the demo goes only into an empty store. */
    boolean eventStoreIsEmpty() {
        try (Connection c = DriverManager.getConnection(infra.database("commands"), infra.username(), infra.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select not exists (select 1 from domainevententry "
                     + "where aggregateidentifier not like 'access:%')")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
    }

    public String commandUrl() {
        return "http://localhost:" + commands.getEnvironment().getProperty("local.server.port");
    }

    public String queryUrl() {
        return "http://localhost:" + queries.getEnvironment().getProperty("local.server.port");
    }

    public LocalInfra infra() {
        return infra;
    }

    @Override
    public synchronized void close() {
        if (queries.isActive()) {
            queries.close();
        }
        if (commands.isActive()) {
            commands.close();
        }
        issuer.close();
        infra.close();
        // Axon's janitor (AxonTaskJanitor) is one per JVM and cannot be restarted: it is left running, or closing one
        // stack would fail every command of the others in the JVM (tests run several); the run command ends by a signal
    }

    /** Axon's and command-service's auto-configurations: kept out of query-service when both share a classpath. */
    public static Set<String> commandSideAutoConfigurations() {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (URL url : Collections.list(LocalStack.class.getClassLoader().getResources(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::trim)
                            .filter(l -> l.startsWith("org.axonframework.") || l.startsWith("org.equityaccelerator.command."))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
