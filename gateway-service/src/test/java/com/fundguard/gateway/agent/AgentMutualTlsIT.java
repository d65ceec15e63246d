package com.fundguard.gateway.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.gateway.access.Role;
import com.fundguard.gateway.support.GatewayClient;
import com.fundguard.gateway.support.GatewayITBase;
import com.fundguard.gateway.support.TestBed;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The execution API over mutual TLS: only an enrolled agent's certificate from the platform CA, valid and not
 * revoked, together with an OPERATOR token bound to that very certificate (RFC 8705), gets through; every other
 * combination is refused before any service sees it.
 */
class AgentMutualTlsIT extends GatewayITBase {

    static final TestBed.Agent agent = bed.agent(bed.ca, bed.enterprise, TestBed.AGENT_ID, Duration.ofDays(1));

    /** Status of the answer, or -1 when the TLS handshake itself refused the certificate. */
    int statusOf(GatewayClient client, String token, String requestId) throws InterruptedException {
        try {
            GatewayClient.Request request = client.request("POST", "/api/agent/claims").header("X-Request-Id", requestId).json("{}");
            if (token != null) {
                request.bearer(token);
            }
            return request.send().statusCode();
        } catch (IOException handshakeRefused) {
            return -1;
        }
    }

    String boundToken(TestBed.Agent holder) {
        return bed.agentToken(TestBed.AGENT_ID, bed.enterprise, Thumbprints.x5tS256(holder.certificate()));
    }

    @Test
    void anEnrolledAgentWithItsBoundTokenReachesTheExecutionApiAsTheAgentItsCertificateNames() throws Exception {
        String requestId = "agent-" + UUID.randomUUID();
        String token = boundToken(agent);

        HttpResponse<String> response = GatewayClient.presenting(bed, port, agent.pkcs12())
                .request("POST", "/api/agent/claims").bearer(token).header("X-Request-Id", requestId)
                .header("X-FundGuard-Agent-Id", "someone-else").header("X-FundGuard-Enterprise-Id", UUID.randomUUID().toString())
                .json("{}").send();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bed.receivedWith(requestId)).singleElement().satisfies(received -> {
            assertThat(received.service()).isEqualTo("bank-connector");
            assertThat(received.headers().get("X-FundGuard-Agent-Id")).containsExactly(TestBed.AGENT_ID);
            assertThat(received.headers().get("X-FundGuard-Enterprise-Id")).containsExactly(bed.enterprise.toString());
            assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void withoutAClientCertificateTheAgentRouteIs401AndNoServiceIsReached() throws Exception {
        String requestId = "agent-" + UUID.randomUUID();

        HttpResponse<String> withToken = client().request("POST", "/api/agent/claims").bearer(boundToken(agent))
                .header("X-Request-Id", requestId).json("{}").send();
        HttpResponse<String> withoutToken = client().request("POST", "/api/agent/claims")
                .header("X-Request-Id", requestId).json("{}").send();

        // Spring Security itself refuses a certificate-bound token that arrives without its certificate.
        assertThat(withToken.statusCode()).isEqualTo(401);
        assertThat(withToken.body()).contains("problems/invalid-token");
        assertThat(withoutToken.statusCode()).isEqualTo(401);
        assertThat(withoutToken.body()).contains("problems/client-certificate-required");
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedAndNoServiceIsReached() throws Exception {
        CertificateAuthority stranger = CertificateAuthority.createRoot("Look-alike CA", Duration.ofDays(2), Clock.systemUTC());
        TestBed.Agent impostor = bed.agent(stranger, bed.enterprise, TestBed.AGENT_ID, Duration.ofDays(1));
        String requestId = "agent-" + UUID.randomUUID();

        int status = statusOf(GatewayClient.presenting(bed, port, impostor.pkcs12()), boundToken(impostor), requestId);

        assertThat(status).as("TLS refuses it (-1) or the gateway does (401)").isIn(-1, 401);
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void anExpiredCertificateIsRefusedAndNoServiceIsReached() throws Exception {
        char[] password = "ca".toCharArray();
        CertificateAuthority lastWeek = CertificateAuthority.fromPkcs12(bed.ca.toPkcs12(password), password,
                Clock.fixed(Instant.now().minus(Duration.ofDays(7)), ZoneOffset.UTC));
        TestBed.Agent expired = bed.agent(lastWeek, bed.enterprise, TestBed.AGENT_ID, Duration.ofDays(1));
        String requestId = "agent-" + UUID.randomUUID();

        int status = statusOf(GatewayClient.presenting(bed, port, expired.pkcs12()), boundToken(expired), requestId);

        assertThat(status).as("TLS refuses it (-1) or the gateway does (401)").isIn(-1, 401);
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void aRevokedCertificateIsRefusedAsRevokedAndNoServiceIsReached() throws Exception {
        String requestId = "agent-" + UUID.randomUUID();

        HttpResponse<String> response = GatewayClient.presenting(bed, port, bed.revokedAgent.pkcs12())
                .request("POST", "/api/agent/claims").bearer(boundToken(bed.revokedAgent)).header("X-Request-Id", requestId)
                .json("{}").send();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("problems/client-certificate-revoked");
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void aTokenBoundToAnotherCertificateAgentOrEnterpriseIsRefused() throws Exception {
        GatewayClient client = GatewayClient.presenting(bed, port, agent.pkcs12());
        TestBed.Agent sibling = bed.agent(bed.ca, bed.enterprise, TestBed.AGENT_ID, Duration.ofDays(1));
        String thumbprint = Thumbprints.x5tS256(agent.certificate());
        String requestId = "agent-" + UUID.randomUUID();

        assertThat(statusOf(client, boundToken(sibling), requestId)).isEqualTo(401);
        assertThat(statusOf(client, bed.agentToken("agent-8", bed.enterprise, thumbprint), requestId)).isEqualTo(401);
        assertThat(statusOf(client, bed.agentToken(TestBed.AGENT_ID, bed.otherEnterprise, thumbprint), requestId)).isEqualTo(401);
        assertThat(statusOf(client, bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.OPERATOR), requestId)).isEqualTo(401);
        assertThat(statusOf(client, bed.token(UUID.randomUUID().toString(), bed.enterprise, Role.AUTHORIZER), requestId)).isEqualTo(403);
        assertThat(statusOf(client, null, requestId)).isEqualTo(401);
        assertThat(bed.receivedWith(requestId)).isEmpty();
    }

    @Test
    void theTokenEndpointGetsTheVerifiedAgentCertificateAndNeverOneAClientClaims() throws Exception {
        String verified = "token-" + UUID.randomUUID();
        String revoked = "token-" + UUID.randomUUID();
        String claimed = "token-" + UUID.randomUUID();
        String form = "grant_type=client_credentials&client_id=agent-" + TestBed.AGENT_ID;

        GatewayClient.presenting(bed, port, agent.pkcs12()).request("POST", "/oauth2/token").header("X-Request-Id", verified)
                .header("Content-Type", "application/x-www-form-urlencoded").body(java.net.http.HttpRequest.BodyPublishers.ofString(form)).send();
        GatewayClient.presenting(bed, port, bed.revokedAgent.pkcs12()).request("POST", "/oauth2/token").header("X-Request-Id", revoked)
                .header("Content-Type", "application/x-www-form-urlencoded").body(java.net.http.HttpRequest.BodyPublishers.ofString(form)).send();
        client().request("POST", "/oauth2/token").header("X-Request-Id", claimed)
                .header("X-FundGuard-Client-Certificate", java.net.URLEncoder.encode(CertificateAuthority.pem(agent.certificate()), java.nio.charset.StandardCharsets.US_ASCII))
                .header("Content-Type", "application/x-www-form-urlencoded").body(java.net.http.HttpRequest.BodyPublishers.ofString(form)).send();

        assertThat(bed.receivedWith(verified)).singleElement().satisfies(r -> {
            String pem = java.net.URLDecoder.decode(r.header("X-FundGuard-Client-Certificate"), java.nio.charset.StandardCharsets.US_ASCII);
            var chain = java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificates(new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            assertThat(chain).first().isEqualTo(agent.certificate());
        });
        assertThat(bed.receivedWith(revoked)).singleElement().satisfies(r -> assertThat(r.header("X-FundGuard-Client-Certificate")).isNull());
        assertThat(bed.receivedWith(claimed)).singleElement().satisfies(r -> assertThat(r.header("X-FundGuard-Client-Certificate")).isNull());
    }

    @Test
    void aCertificateBoundTokenIsWorthNothingWithoutItsCertificateOnAnyRoute() throws Exception {
        String stolen = boundToken(agent);

        HttpResponse<String> response = client().request("GET", "/api/enterprises/" + bed.enterprise).bearer(stolen).send();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }
}
