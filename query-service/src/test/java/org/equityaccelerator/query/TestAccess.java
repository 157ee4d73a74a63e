package org.equityaccelerator.query;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.equityaccelerator.access.GrantRecord;
import org.equityaccelerator.access.Role;
import org.equityaccelerator.access.RoleGranted;
import org.equityaccelerator.infra.identity.LocalAuthorizationServer;
import org.equityaccelerator.infra.identity.TokenClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What a secured query-service needs in a test: the real local authorization server (one per JVM) and grants on the
 * internal access topic, written there as command-service's access publisher would. The program admin of pha-rea is
 * also the operator's admin (rebuild, swap).
 */
public final class TestAccess {
    public static final String ADMIN = "pha-admin-1";

    private TestAccess() {
    }

    public static LocalAuthorizationServer issuer() {
        return LocalAuthorizationServer.shared();
    }

    public static TokenClient tokens() {
        return issuer().tokens();
    }

    public static String admin() {
        return tokens().userToken(ADMIN);
    }

    /** Service arguments: issuer, local profile, the access topic and pha-rea as the operator's program. */
    public static List<String> arguments(String accessTopic) {
        return List.of("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer().issuer(),
                "--spring.profiles.active=local", "--accelerator.kafka.access-topic=" + accessTopic,
                "--accelerator.access.operator-program=pha-rea");
    }

    /** Grants PROGRAM_ADMIN of pha-rea to {@link #ADMIN}, and any further grants given as subject, role, scope. */
    public static void grant(String bootstrapServers, String accessTopic, String... subjectRoleScope) {
        List<String[]> grants = new ArrayList<>();
        grants.add(new String[]{ADMIN, Role.PROGRAM_ADMIN.name(), "pha-rea"});
        for (int i = 0; i < subjectRoleScope.length; i += 3) {
            grants.add(new String[]{subjectRoleScope[i], subjectRoleScope[i + 1], subjectRoleScope[i + 2]});
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            long sequence = 0;
            for (String[] g : grants) {
                GrantRecord record = new GrantRecord(UUID.randomUUID().toString(), sequence++,
                        Instant.now().minusSeconds(60), "system:bootstrap",
                        new RoleGranted("pha-rea", g[0], Role.valueOf(g[1]), g[2]));
                producer.send(new ProducerRecord<>(accessTopic, "pha-rea", record.toJson())).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot write grants to " + accessTopic, e);
        }
    }
}
