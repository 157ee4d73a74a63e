package org.equityaccelerator.command.publishing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators configure the Kafka clients through environment variables, TLS and SASL included. */
class PublisherSettingsTest {

    @Test
    void kafkaClientSettingsPassThroughFromTheEnvironmentButTheDeliveryGuaranteeCannotBeOverridden() {
        StandardEnvironment environment = new StandardEnvironment();
        // named as the real one: Spring maps environment variables into maps only for that source name
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, Map.of(
                "ACCELERATOR_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093",
                "ACCELERATOR_KAFKA_REPLICATION_FACTOR", "3",
                "ACCELERATOR_KAFKA_MIN_INSYNC_REPLICAS", "2",
                "ACCELERATOR_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL",
                "ACCELERATOR_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "ACCELERATOR_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/truststore.p12",
                "ACCELERATOR_KAFKA_PROPERTIES_ACKS", "1")));
        PublisherSettings settings = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("accelerator.kafka", PublisherSettings.class);

        assertThat(settings.replicationFactor()).isEqualTo((short) 3);
        assertThat(settings.minInsyncReplicas()).isEqualTo(2);
        assertThat(settings.createTopic()).isTrue();
        assertThat(settings.clientConfig(Map.of("acks", "all")))
                .containsEntry("bootstrap.servers", "kafka-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .containsEntry("acks", "all");
    }
}
