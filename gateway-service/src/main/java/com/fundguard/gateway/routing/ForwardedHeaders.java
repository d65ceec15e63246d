package com.fundguard.gateway.routing;

import com.fundguard.gateway.access.AccessDecision;
import com.fundguard.gateway.agent.AgentCertificates;
import com.fundguard.gateway.agent.Verification;
import com.fundguard.gateway.edge.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * The headers a service may believe because the gateway set them. Whatever a client sent under
 * {@code X-FundGuard-*} is dropped first, so no client can claim an agent identity or a certificate; the
 * Authorization header stays (services validate the token themselves too).
 *
 * <ul>
 *   <li>On agent routes: {@code X-FundGuard-Agent-Id} and {@code X-FundGuard-Enterprise-Id} from the verified
 *       certificate.</li>
 *   <li>On identity-service's token endpoint: {@code X-FundGuard-Client-Certificate}, the URL-encoded PEM chain of an
 *       agent certificate the gateway verified (platform CA, valid, not revoked), because TLS ends here and RFC 8705
 *       {@code tls_client_auth} needs the certificate behind it. A certificate that fails is not forwarded, and the
 *       token endpoint then refuses the agent.</li>
 *   <li>{@code X-FundGuard-Forwarded-Proto}, {@code -Host}, {@code -Port} and {@code -For}: the address the client
 *       called and where it called from, as the gateway saw them, so that identity-service's sign-in pages redirect
 *       to the gateway and not to the service's own address (its Tomcat reads these names). Under our prefix
 *       because the gateway is the edge: a client's {@code X-Forwarded-*} or {@code Forwarded} is never believed
 *       (Spring Cloud Gateway drops them too, having no trusted proxy configured).</li>
 * </ul>
 */
final class ForwardedHeaders implements Function<ServerRequest, ServerRequest> {

    static final String PREFIX = "X-FundGuard-";
    static final String FORWARDED_PROTO = "X-FundGuard-Forwarded-Proto";
    static final String FORWARDED_HOST = "X-FundGuard-Forwarded-Host";
    static final String FORWARDED_PORT = "X-FundGuard-Forwarded-Port";
    static final String FORWARDED_FOR = "X-FundGuard-Forwarded-For";
    static final String AGENT_ID = "X-FundGuard-Agent-Id";
    static final String ENTERPRISE_ID = "X-FundGuard-Enterprise-Id";
    static final String CLIENT_CERTIFICATE = "X-FundGuard-Client-Certificate";
    private static final String TOKEN_ENDPOINT = "/oauth2/token";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final AgentCertificates agents;

    ForwardedHeaders(AgentCertificates agents) {
        this.agents = agents;
    }

    @Override
    public ServerRequest apply(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        String certificate = TOKEN_ENDPOINT.equals(request.path()) ? verifiedChain(servlet) : null;
        return ServerRequest.from(request).headers(headers -> {
            List<String> claimed = headers.headerNames().stream()
                    .filter(name -> name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || name.equalsIgnoreCase("Forwarded"))
                    .toList();
            claimed.forEach(headers::remove);
            headers.set(FORWARDED_PROTO, servlet.getScheme());
            headers.set(FORWARDED_HOST, servlet.getServerName());
            headers.set(FORWARDED_PORT, Integer.toString(servlet.getServerPort()));
            headers.set(FORWARDED_FOR, servlet.getRemoteAddr());
            AccessDecision.of(servlet).filter(decision -> decision.agentId() != null).ifPresent(decision -> {
                headers.set(AGENT_ID, decision.agentId());
                headers.set(ENTERPRISE_ID, decision.enterprise());
            });
            if (certificate != null) {
                headers.set(CLIENT_CERTIFICATE, certificate);
            }
            RequestIds.of(servlet).ifPresent(id -> headers.set(RequestIds.HEADER, id));
        }).build();
    }

    private String verifiedChain(HttpServletRequest request) {
        if (!(request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain) || chain.length == 0
                || !(agents.verify(chain[0]) instanceof Verification.Verified)) {
            return null;
        }
        try {
            StringBuilder pem = new StringBuilder();
            for (X509Certificate certificate : chain) {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
            return URLEncoder.encode(pem.toString(), StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            return null;
        }
    }
}
