package org.equityaccelerator.local.access;

import org.equityaccelerator.infra.identity.TokenClient;

import java.util.function.Function;

/** The callers of the authorization matrix (issue 9), each with how it gets its token from the local issuer. */
enum Caller {
    ANONYMOUS("anon", t -> null),
    REGIONAL_VIEWER("viewer", t -> t.userToken("viewer-1")),
    MEMBER_A("mem-A", t -> t.userToken("lhj-a-member")),
    MEMBER_B("mem-B", t -> t.userToken("lhj-b-member")),
    LEAD_A("lead-A", t -> t.userToken("lhj-a-lead")),
    FACILITATOR("facil", t -> t.userToken("facilitator-1")),
    REVIEWER("review", t -> t.userToken("reviewer-1")),
    AUDITOR("audit", t -> t.userToken("auditor-1")),
    OTHER_ADMIN("oth-adm", t -> t.userToken("other-admin-1")),
    PARTNER("partner", TokenClient::partnerToken);

    final String label;
    private final Function<TokenClient, String> token;

    Caller(String label, Function<TokenClient, String> token) {
        this.label = label;
        this.token = token;
    }

    String token(TokenClient tokens) {
        return token.apply(tokens);
    }
}
