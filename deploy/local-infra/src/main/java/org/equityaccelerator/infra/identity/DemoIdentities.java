package org.equityaccelerator.infra.identity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The demo people and clients of the local stack. A username is the token's {@code sub}: a pseudonymous reference,
 * never a person's name, because it is recorded as the actor of every event. What each may do is not here: that comes
 * from grants, which program admins manage in the product. The Keycloak realm of deploy/compose lists the same.
 */
public final class DemoIdentities {
    /** The one local password of every demo user (local use only). */
    public static final String PASSWORD = "demo-password";
    /** Secrets of the local confidential clients (local use only; each client needs its own). */
    public static final String PARTNER_SECRET = "partner-demo-secret";
    public static final String DASHBOARD_SECRET = "dashboard-demo-secret";

    /**
     * What a username may look like: a pseudonymous reference, as the services expect of a token's subject (letters,
     * digits, {@code . _ -}; no e-mail address, no name with spaces).
     */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public static final List<String> USERS = List.of("pha-admin-1", "facilitator-1", "reviewer-1", "viewer-1",
            "auditor-1", "lhj-a-lead", "lhj-a-member", "lhj-b-lead", "lhj-b-member", "other-admin-1");

    /** A partner system: client credentials, the token's subject is the client id. */
    public static final String PARTNER_CLIENT = "partner-1";
    /** The server-rendered dashboard (backend-for-frontend): confidential, authorization code with PKCE. */
    public static final String DASHBOARD_CLIENT = "accelerator-dashboard";
    public static final String DASHBOARD_REDIRECT = "http://localhost:8082/login/oauth2/code/accelerator";
    /** Command-line and test use: public, authorization code with PKCE, a loopback redirect nobody needs to serve. */
    public static final String CLI_CLIENT = "accelerator-cli";
    public static final String CLI_REDIRECT = "http://127.0.0.1:8400/callback";

    private DemoIdentities() {
    }
}
