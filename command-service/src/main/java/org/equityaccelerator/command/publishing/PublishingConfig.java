package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** Kafka clients: created without contacting the broker, so that the service starts while the broker is away. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublisherSettings.class)
class PublishingConfig {

    /** Idempotent and acks=all: a retried send neither duplicates nor loses a record within the producer session. */
    @Bean(destroyMethod = "close")
    Producer<String, String> eventProducer(PublisherSettings settings) {
        return new KafkaProducer<>(settings.clientConfig(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.CLIENT_ID_CONFIG, "command-service-publisher",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())));
    }

    @Bean(destroyMethod = "close")
    Admin kafkaAdmin(PublisherSettings settings) {
        return Admin.create(settings.clientConfig(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "command-service-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000)));
    }
}
