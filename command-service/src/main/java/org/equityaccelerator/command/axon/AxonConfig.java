package org.equityaccelerator.command.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.equityaccelerator.command.publishing.AccessEventPublisher;
import org.equityaccelerator.command.publishing.KafkaEventPublisher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.time.Duration;
import java.util.List;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonConfig {

    /**
     * Jackson 3's default validator rejects Axon's ReplayToken.context (typed as Object), which breaks reading
     * tokens back. Allow Axon's, ours and the JDK's value types only.
     */
    @Bean
    Jackson3SerializerCustomizer polymorphicTypeValidator() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("org.equityaccelerator.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .allowIfSubType("java.time.")
                .build());
    }

    /** Explicit: on Boot 4 Axon may otherwise pick NoTransactionManager (see AxonBoot4OrderingFix). */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * The JDBC engine on the Flyway-managed tables (V1). Larger fetch batches than the default 100 make replays and
     * the publisher's catch-up faster; the gap timeout stays at 60 s, so units of work must stay short.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          @Value("${accelerator.event-store.fetch-batch-size:500}") int batchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .batchSize(batchSize)
                .build();
    }

    /**
     * PostgreSQL reports a duplicate (aggregate id, sequence) as SQLState 23505, possibly inside a batch exception;
     * recognising it turns a second creation of a stream into AggregateStreamCreationException (409) instead of a 500.
     */
    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return exception -> {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Events carry the actor and, as Axon's origin data, correlation (traceId) and causation (correlationId). */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(CommandMetadata.ACTOR);
    }

    /**
     * A failed publication must not be skipped: the default error handler logs and moves the token on, which would
     * lose the event for every subscriber. Propagating makes the processor roll back and retry with back-off.
     */
    @Bean
    ConfigurerModule publisherNeverSkipsEvents() {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String publisher : List.of(KafkaEventPublisher.PROCESSING_GROUP, AccessEventPublisher.PROCESSING_GROUP)) {
                processing.registerListenerInvocationErrorHandler(publisher, c -> PropagatingErrorHandler.instance())
                        .registerTrackingEventProcessorConfiguration(publisher,
                                c -> org.axonframework.eventhandling.TrackingEventProcessorConfiguration
                                        .forSingleThreadedProcessing()
                                        .andBatchSize(200)
                                        .andEventAvailabilityTimeout(Duration.ofMillis(100).toMillis(),
                                                java.util.concurrent.TimeUnit.MILLISECONDS));
            }
        });
    }
}
