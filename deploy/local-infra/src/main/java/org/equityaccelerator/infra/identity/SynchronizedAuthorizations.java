package org.equityaccelerator.infra.identity;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The in-memory authorization store, one call at a time: Spring Authorization Server's in-memory service keeps its
 * authorizations in a plain {@code LinkedHashMap}, and two people signing in at the same moment (or a test's parallel
 * callers) made its token lookup fail with a ConcurrentModificationException (token endpoint 500). Local use only:
 * a deployment uses its own provider (Keycloak or any OIDC issuer).
 */
final class SynchronizedAuthorizations implements OAuth2AuthorizationService {
    private final InMemoryOAuth2AuthorizationService delegate = new InMemoryOAuth2AuthorizationService();

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        delegate.save(authorization);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return delegate.findByToken(token, tokenType);
    }
}
