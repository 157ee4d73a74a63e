package org.equityaccelerator.command;

import org.equityaccelerator.infra.identity.LocalAuthorizationServer;
import org.equityaccelerator.infra.identity.TokenClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real local authorization server, one per test JVM, and the settings a secured command-service needs in a test:
 * its issuer and the bootstrap admin of program pha-rea (the test classes also set the local profile: local default
 * passwords).
 */
public final class TestIdentity {
    public static final String ADMIN = "pha-admin-1";
    /** The bootstrap admin's program, so the operator's program: its admins and auditors hold over every program. */
    public static final String PROGRAM = "pha-rea";

    private TestIdentity() {
    }

    public static LocalAuthorizationServer issuer() {
        return LocalAuthorizationServer.shared();
    }

    public static TokenClient tokens() {
        return issuer().tokens();
    }

    /** A token of the bootstrap program admin of pha-rea. */
    public static String admin() {
        return tokens().userToken(ADMIN);
    }

    /** The same settings as command-line arguments, for a service started by hand. */
    public static String[] arguments() {
        return new String[]{"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer().issuer(),
                "--spring.profiles.active=local", "--accelerator.access.bootstrap-admins=" + ADMIN + "@" + PROGRAM,
                "--accelerator.access.operator-program=" + PROGRAM};
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer().issuer());
        registry.add("accelerator.access.bootstrap-admins", () -> ADMIN + "@" + PROGRAM);
        registry.add("accelerator.access.operator-program", () -> PROGRAM);
    }
}
