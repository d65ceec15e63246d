package com.fundguard.approval.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for every POST that creates or decides: the first request with a key runs and its answer is
 * kept; the same key with the same request again gets that answer (nothing runs twice); with another request, 422;
 * while the first is still running, 409. A request that failed on our side (5xx) releases its key, so the client can
 * retry it.
 */
public class IdempotentRequests {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotentRequests(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    private record Recorded(String fingerprint, Integer status, String body) {
    }

    /**
     * @param request what makes two requests "the same": the operation and its parameters
     */
    public ResponseEntity<?> execute(UUID enterpriseId, String key, String request, Supplier<ResponseEntity<?>> operation) {
        String fingerprint = fingerprint(request);
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (enterprise_id, idempotency_key, fingerprint, started_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (enterprise_id, idempotency_key) DO NOTHING
                        """)
                .params(enterpriseId, key, fingerprint, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return replay(enterpriseId, key, fingerprint);
        }
        ResponseEntity<?> response;
        try {
            response = operation.get();
        } catch (RuntimeException e) {
            release(enterpriseId, key);
            throw e;
        }
        if (response.getStatusCode().is5xxServerError()) {
            release(enterpriseId, key);
        } else {
            jdbc.sql("UPDATE idempotent_request SET status = ?, body = ?, completed_at = ? WHERE enterprise_id = ? AND idempotency_key = ?")
                    .params(response.getStatusCode().value(), response.getBody() == null ? null : json.writeValueAsString(response.getBody()),
                            Timestamp.from(clock.instant()), enterpriseId, key)
                    .update();
        }
        return response;
    }

    private ResponseEntity<?> replay(UUID enterpriseId, String key, String fingerprint) {
        Optional<Recorded> recorded = jdbc.sql("SELECT fingerprint, status, body FROM idempotent_request WHERE enterprise_id = ? AND idempotency_key = ?")
                .params(enterpriseId, key)
                .query((rs, n) -> new Recorded(rs.getString("fingerprint"), (Integer) rs.getObject("status"), rs.getString("body")))
                .optional();
        if (recorded.isEmpty()) {
            // Released between our insert and this read: the first attempt failed on our side. Ask for a retry.
            return problem(HttpStatus.CONFLICT, "Request in flight", "a request with this Idempotency-Key has just failed; retry it");
        }
        if (!recorded.get().fingerprint().equals(fingerprint)) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", "this Idempotency-Key was used for a different request");
        }
        if (recorded.get().status() == null) {
            return problem(HttpStatus.CONFLICT, "Request in flight", "a request with this Idempotency-Key is still being processed");
        }
        return ResponseEntity.status(recorded.get().status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true").body(recorded.get().body());
    }

    private void release(UUID enterpriseId, String key) {
        jdbc.sql("DELETE FROM idempotent_request WHERE enterprise_id = ? AND idempotency_key = ? AND status IS NULL")
                .params(enterpriseId, key).update();
    }

    private static ResponseEntity<?> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    private static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
