package com.fundguard.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.gateway.access.Role;
import com.fundguard.gateway.support.GatewayITBase;
import com.fundguard.gateway.support.TestBed;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What every request meets at the edge, whoever sends it: security headers, CORS for the portal only, a request id,
 * trace context, body size limits, time limits on slow services, the request forwarded unchanged, and an access
 * log line that never holds a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class EdgeProtectionIT extends GatewayITBase {

    String transfers() {
        return "/api/enterprises/" + bed.enterprise + "/transfers";
    }

    String authorizer() {
        return bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER, Role.APPLICANT);
    }

    @Test
    void everyAnswerAllowedOrRefusedCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> allowed = client().request("GET", transfers()).bearer(authorizer()).send();
        HttpResponse<String> refused = client().request("GET", transfers()).send();

        for (HttpResponse<String> response : List.of(allowed, refused)) {
            assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        }
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void onlyThePortalsOriginMayCallFromABrowser() throws Exception {
        HttpResponse<String> portal = client().request("OPTIONS", transfers()).header("Origin", "https://portal.fundguard.test")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,idempotency-key")
                .send();
        HttpResponse<String> elsewhere = client().request("OPTIONS", transfers()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").send();
        HttpResponse<String> elsewhereDirect = client().request("GET", transfers()).header("Origin", "https://evil.example")
                .bearer(authorizer()).send();

        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.fundguard.test");
        assertThat(portal.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(elsewhereDirect.statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestIdIsKeptOrMadeEchoedAndForwardedButNeverTakenWhenItCouldBreakALogLine() throws Exception {
        HttpResponse<String> given = client().request("GET", transfers()).bearer(authorizer()).header("X-Request-Id", "portal-123").send();
        HttpResponse<String> none = client().request("GET", transfers()).bearer(authorizer()).send();
        HttpResponse<String> hostile = client().request("GET", transfers()).bearer(authorizer())
                .header("X-Request-Id", "x\" level=ERROR forged=1").send();

        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("portal-123");
        assertThat(bed.receivedWith("portal-123")).hasSize(1);
        String made = none.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(made)).isNotNull();
        assertThat(bed.receivedWith(made)).hasSize(1);
        assertThat(hostile.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).doesNotContain("forged"));
    }

    @Test
    void theW3cTraceContinuesIntoTheService() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String requestId = "trace-" + UUID.randomUUID();

        client().request("GET", transfers()).bearer(authorizer()).header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").send();

        assertThat(bed.receivedWith(requestId)).singleElement().satisfies(r ->
                assertThat(r.header("traceparent")).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void aRequestIsForwardedUnchangedWithItsBodyQueryAndIdempotencyKey() throws Exception {
        String requestId = "unchanged-" + UUID.randomUUID();
        String body = "{\"amount\": {\"value\": \"125000.50\", \"currency\": \"CNY\"}}";

        HttpResponse<String> response = client().request("POST", transfers() + "?dryRun=false").bearer(authorizer())
                .header("X-Request-Id", requestId).header("Idempotency-Key", "key-42").json(body).send();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bed.receivedWith(requestId)).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(transfers() + "?dryRun=false");
            assertThat(r.header("Idempotency-Key")).isEqualTo("key-42");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        });
    }

    @Test
    void theServiceLearnsTheAddressTheClientCalledAndNeverOneTheClientClaims() throws Exception {
        String requestId = "forwarded-" + UUID.randomUUID();

        client().request("GET", transfers()).bearer(authorizer()).header("X-Request-Id", requestId)
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "203.0.113.9").header("Forwarded", "for=203.0.113.9;host=evil.example")
                .header("X-FundGuard-Forwarded-Host", "evil.example").send();

        assertThat(bed.receivedWith(requestId)).singleElement().satisfies(r -> {
            assertThat(r.header("X-FundGuard-Forwarded-Host")).isEqualTo("localhost");
            assertThat(r.header("X-FundGuard-Forwarded-Proto")).isEqualTo("https");
            assertThat(r.header("X-FundGuard-Forwarded-Port")).isEqualTo(String.valueOf(port));
            assertThat(r.header("X-FundGuard-Forwarded-For")).isEqualTo("127.0.0.1");
            assertThat(r.header("X-Forwarded-Host")).isNull();
            assertThat(r.header("X-Forwarded-For")).isNull();
            assertThat(r.header("Forwarded")).isNull();
        });
    }

    @Test
    void aBodyOverThePathsLimitIs413BeforeAnyServiceSeesItWhileUploadsMayBeLarger() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        String requestId = "size-" + UUID.randomUUID();

        HttpResponse<String> declared = client().request("POST", transfers()).bearer(authorizer()).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json").body(HttpRequest.BodyPublishers.ofByteArray(twoMegabytes)).send();
        HttpResponse<String> chunked = client().request("POST", transfers()).bearer(authorizer()).header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes))).send();
        HttpResponse<String> upload = client().request("POST", "/api/enterprises/" + bed.enterprise + "/vouchers").bearer(authorizer())
                .header("Content-Type", "application/octet-stream").body(HttpRequest.BodyPublishers.ofByteArray(twoMegabytes)).send();

        for (HttpResponse<String> tooLarge : List.of(declared, chunked)) {
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.body()).contains("problems/body-too-large", "\"maxBytes\":1048576");
        }
        assertThat(bed.receivedWith(requestId)).isEmpty();
        assertThat(upload.statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceSlowerThanItsRoutesTimeLimitIs504ProblemDetails() throws Exception {
        HttpResponse<String> response = client().request("GET", "/api/enterprises/" + bed.enterprise + "/statements")
                .bearer(bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUDITOR))
                .header("X-Test-Delay-Ms", "3000").send();

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("problems/service-timeout", "\"service\":\"reconciliation\"");
    }

    @Test
    void theAccessLogNamesDecisionReasonWhoAndRouteButNeverATokenOrThePath(CapturedOutput output) throws Exception {
        String subject = UUID.randomUUID().toString();
        String token = bed.token(subject, bed.enterprise, Role.AUDITOR);
        String forged = bed.forgedToken(subject, bed.enterprise, Role.AUDITOR);
        String requestId = "log-" + UUID.randomUUID();

        client().request("GET", transfers() + "?access_token=" + token).bearer(token).header("X-Request-Id", requestId)
                .header("Cookie", "SESSION=" + token).send();
        client().request("POST", transfers() + "/t-1/approve").bearer(forged).json("{\"secret\": \"" + token + "\"}").send();
        client().request("GET", "/api/enterprises/" + bed.otherEnterprise + "/transfers").bearer(token).send();

        // The access log is written asynchronously (a request never waits for the console): wait for its lines.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            String written = output.getAll();
            assertThat(written).contains("allowed role-allowed GET /api/enterprises/{enterpriseId}/transfers -> 200 subject=" + subject
                    + " agent=- enterprise=" + bed.enterprise + " route=approval");
            assertThat(written).contains("denied invalid-token POST");
            assertThat(written).contains("denied other-enterprise GET /api/enterprises/{enterpriseId}/transfers -> 403 subject=" + subject);
        });
        String log = output.getAll();
        assertThat(log).doesNotContain(token).doesNotContain(forged)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain(forged.substring(forged.lastIndexOf('.') + 1))
                .doesNotContain(bed.otherEnterprise + "/transfers");
        assertThat(TestBed.ISSUER).isNotBlank();
    }
}
