package org.equityaccelerator.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.equityaccelerator.command.web.Caller;
import org.equityaccelerator.command.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Idempotency-Key on command requests (POST). The whole request runs in one database transaction: the key is
 * claimed first, the command's unit of work joins the transaction (Axon's SpringTransactionManager propagates
 * REQUIRED, its connection provider is Spring-aware), and a successful response is stored with the key before the
 * commit. So a key is recorded exactly when its events are; a refused request (4xx, 5xx) leaves neither and may be
 * retried with the same key. A retry with the same body gets the recorded response (header Idempotent-Replayed), one
 * with another body 422. Runs after any security filter, so the caller is known.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** UUIDs, ULIDs, base64 and the like; an sf-string in quotes (the IETF draft's form) is accepted too. */
    public static final String KEY_PATTERN = "[A-Za-z0-9._:~+/=-]{1,255}";
    static final Pattern KEY = Pattern.compile(KEY_PATTERN);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotencyKeys keys, PlatformTransactionManager transactionManager) {
        this.keys = keys;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = unquoted(request.getHeader(HEADER));
        if (!KEY.matcher(key).matches()) {
            KeyProblems.invalid(response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String endpoint = request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
        KeyedRequest keyed = KeyedRequest.of(Caller.of(request), endpoint, key, BodyDigest.of(body));
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        IdempotencyKeys.Taken taken;
        try {
            taken = transactions.execute(tx -> {
                if (!keys.claim(keyed)) {
                    return keys.find(keyed).orElseThrow();
                }
                ChainFailure.run(() -> chain.doFilter(new CachedBodyRequest(request, body), captured));
                if (captured.getStatus() / 100 == 2) {
                    keys.complete(keyed, recorded(captured));
                } else {
                    tx.setRollbackOnly();
                }
                return null;
            });
        } catch (ChainFailure failure) {
            failure.rethrow();
            return;
        } catch (TransactionException | DataAccessException e) {
            // the response was not sent yet: the caller must not see a success that was not recorded
            captured.reset();
            if (DatabaseOutage.explains(e)) {
                log.warn("keyed command refused, database unavailable: {}", DatabaseOutage.rootMessage(e));
                KeyProblems.databaseUnavailable(response);
            } else {
                log.error("idempotency key transaction failed; nothing recorded: {}", e.toString());
                KeyProblems.notRecorded(response);
            }
            return;
        }
        if (taken == null) {
            captured.copyBodyToResponse();
        } else if (taken.bodyDigest().equals(keyed.bodyDigest())) {
            replay(taken.response(), response);
        } else {
            KeyProblems.reusedWithAnotherBody(response);
        }
    }

    private static RecordedResponse recorded(ContentCachingResponseWrapper captured) {
        return new RecordedResponse(captured.getStatus(), captured.getHeader(HttpHeaders.LOCATION),
                captured.getContentType(), captured.getContentAsByteArray());
    }

    private static void replay(RecordedResponse recorded, HttpServletResponse response) throws IOException {
        response.setStatus(recorded.status());
        if (recorded.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, recorded.location());
        }
        if (recorded.contentType() != null) {
            response.setContentType(recorded.contentType());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = recorded.body() == null ? new byte[0] : recorded.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String unquoted(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
