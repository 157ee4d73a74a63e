package org.equityaccelerator.infra;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/** The Testcontainers path: runs only where a Docker engine answers, and is skipped (not failed) elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class DockerPathIT {
    @Test
    void startsPostgresAndKafkaInContainers() {
        try (LocalInfra docker = LocalInfra.start(LocalInfra.Mode.DOCKER, 0, 0)) {
            assertThat(docker.database("docker_check")).startsWith("jdbc:postgresql://");
            assertThat(docker.kafkaBootstrapServers()).isNotBlank();
        }
    }
}
