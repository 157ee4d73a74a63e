package org.equityaccelerator.command.operations;

import org.equityaccelerator.command.CommandServiceApplication;
import org.equityaccelerator.infra.LocalInfra;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the local profile, command-service with the passwords that ship for local use refuses to start, and does
 * so before its first migration: the refused start leaves the database as it found it (no schema history, no event
 * store, no login roles created with the shipped passwords).
 */
class LocalSecretsRefusedIT {
    static final LocalInfra INFRA = LocalInfra.shared();

    @Test
    void theShippedPasswordsStopTheStartBeforeAnyMigration() throws Exception {
        String url = INFRA.database("local_secrets_it");

        assertThatThrownBy(() -> CommandServiceApplication.start("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.flyway.user=" + INFRA.username(), "--spring.flyway.password=" + INFRA.password(),
                "--accelerator.kafka.bootstrap-servers=" + INFRA.kafkaBootstrapServers(),
                "--accelerator.kafka.topic=local-secrets-it.events"))
                .hasStackTraceContaining("refusing to start outside the 'local' profile")
                .hasStackTraceContaining("spring.datasource.password");

        try (Connection owner = DriverManager.getConnection(url, INFRA.username(), INFRA.password());
             ResultSet tables = owner.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables created by the refused start").isZero();
        }
    }
}
