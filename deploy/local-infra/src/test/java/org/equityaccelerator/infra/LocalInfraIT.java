package org.equityaccelerator.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalInfraIT {
    private final LocalInfra infra = LocalInfra.shared();

    @Test
    void postgresIsRealAndDatabasesAreCreatedOnDemand() throws Exception {
        String url = infra.database("infra_check");
        try (var c = DriverManager.getConnection(url, infra.username(), infra.password());
             var rs = c.createStatement().executeQuery("select current_database(), version()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("infra_check");
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
        assertThat(infra.database("infra_check")).isEqualTo(url);
    }

    @Test
    void aServiceDatabaseIsOwnedByAPlainLoginRoleAndOneFromBeforeIsHandedOverWithItsData() throws Exception {
        // a database as the local stack created it before: the superuser owns it and its tables
        String url = infra.database("owned_before");
        try (var c = DriverManager.getConnection(url, infra.username(), infra.password());
             var s = c.createStatement()) {
            s.execute("create table if not exists view_row (id bigserial primary key, body text)");
            s.execute("insert into view_row (body) values ('kept')");
        }
        assertThat(infra.databaseOwnedBy("owned_before", "owned_it_role", "owned-it-pw")).isEqualTo(url);
        assertThat(infra.databaseOwnedBy("owned_before", "owned_it_role", "owned-it-pw")).as("again").isEqualTo(url);
        try (var c = DriverManager.getConnection(url, "owned_it_role", "owned-it-pw");
             var s = c.createStatement()) {
            try (var rs = s.executeQuery("select rolsuper, rolcreatedb, rolcreaterole from pg_roles "
                    + "where rolname = current_user")) {
                rs.next();
                assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).containsOnly(false);
            }
            try (var rs = s.executeQuery("select pg_get_userbyid(datdba) from pg_database "
                    + "where datname = current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("owned_it_role");
            }
            s.execute("insert into view_row (body) values ('new')");
            try (var rs = s.executeQuery("select string_agg(body, ',' order by id) from view_row")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("kept").endsWith("new");
            }
            s.execute("create table if not exists owned_by_the_role (id int)");
            s.execute("alter table view_row rename to view_row_swapped");
            s.execute("alter table view_row_swapped rename to view_row");
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossABrokerRestart() throws Exception {
        send("infra-check", "k", "before-restart");
        if (infra.inJvmKafka().isPresent()) {
            infra.inJvmKafka().get().stop();
            infra.inJvmKafka().get().restart();
        }
        send("infra-check", "k", "after-restart");
        assertThat(readAll("infra-check", 2)).containsExactly("before-restart", "after-restart");
    }

    private void send(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", infra.kafkaBootstrapServers(),
                "acks", "all", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private List<String> readAll(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", infra.kafkaBootstrapServers(),
                "group.id", "infra-check", "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
