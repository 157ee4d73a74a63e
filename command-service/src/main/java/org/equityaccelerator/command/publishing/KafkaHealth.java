package org.equityaccelerator.command.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Broker reachability and publisher lag, in the {@code publishing} health group ({@code /actuator/health/publishing}). Not part
 * of readiness: commands are accepted while the broker is away (events wait in the store), so a broker outage must not
 * take the service out of its load balancer.
 */
@Component("kafka")
class KafkaHealth implements HealthIndicator {
    private final Admin admin;
    private final PublisherLag lag;

    KafkaHealth(Admin kafkaAdmin, PublisherLag lag) {
        this.admin = kafkaAdmin;
        this.lag = lag;
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
                    .get(3, TimeUnit.SECONDS).size();
            health = Health.up().withDetail("brokers", brokers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            health = Health.down().withDetail("error", "interrupted");
        } catch (Exception e) {
            health = Health.down().withDetail("error", "broker unreachable: " + e.getClass().getSimpleName());
        }
        OptionalLong events = lag.events();
        if (events.isPresent()) {
            health.withDetail("publisherLagEvents", events.getAsLong());
        }
        return health.build();
    }
}
