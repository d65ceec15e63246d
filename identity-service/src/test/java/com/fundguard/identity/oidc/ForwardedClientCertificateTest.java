package com.fundguard.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.crypto.mesh.ServiceMesh;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Whose forwarded agent certificate the token endpoint believes, with and without the service mesh. */
class ForwardedClientCertificateTest {

    static final ServiceMesh MESH = ServiceMesh.create("FundGuard Test Service Mesh", Clock.systemUTC());
    static final X509Certificate GATEWAY = MESH.issue("gateway-service").certificate();
    static final X509Certificate RULES = MESH.issue("rules-service").certificate();
    static final CertificateAuthority PLATFORM_CA = CertificateAuthority.createRoot("Platform CA", Duration.ofDays(1), Clock.systemUTC());
    static final X509Certificate AGENT = PLATFORM_CA.issueAgent(CertificateAuthority.newKeyPair().getPublic(), UUID.randomUUID(), "ukey-desk-1",
            Duration.ofDays(1));

    @Test
    void theNamedForwarderInTheMeshHandsOnTheAgentsChainInPlaceOfItsOwnCertificate() throws Exception {
        assertThat(certificatesSeenAfter("gateway-service", GATEWAY, forwardedAgentChain())).containsExactly(AGENT, PLATFORM_CA.certificate());
    }

    @Test
    void anotherServiceOfTheMeshCannotForwardACertificate() throws Exception {
        assertThat(certificatesSeenAfter("gateway-service", RULES, forwardedAgentChain())).containsExactly(RULES);
    }

    @Test
    void theForwardersOwnCertificateNeverAuthenticatesAnOauthClient() throws Exception {
        assertThat(certificatesSeenAfter("gateway-service", GATEWAY, null)).isNull();
    }

    @Test
    void withAForwarderNamedAPlainConnectionCannotForwardACertificate() throws Exception {
        assertThat(certificatesSeenAfter("gateway-service", null, forwardedAgentChain())).isNull();
    }

    @Test
    void withoutTheMeshAndWithoutAForwarderNamedTheHeaderIsBelieved() throws Exception {
        assertThat(certificatesSeenAfter("", null, forwardedAgentChain())).containsExactly(AGENT, PLATFORM_CA.certificate());
    }

    private static X509Certificate[] certificatesSeenAfter(String forwarder, X509Certificate peer, String header) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
        if (peer != null) {
            request.setAttribute(ForwardedClientCertificate.SERVLET_ATTRIBUTE, new X509Certificate[] {peer});
        }
        if (header != null) {
            request.addHeader(ForwardedClientCertificate.HEADER, header);
        }
        MockFilterChain chain = new MockFilterChain();
        new ForwardedClientCertificate(forwarder).doFilter(request, new MockHttpServletResponse(), chain);
        return (X509Certificate[]) chain.getRequest().getAttribute(ForwardedClientCertificate.SERVLET_ATTRIBUTE);
    }

    private static String forwardedAgentChain() {
        return URLEncoder.encode(CertificateAuthority.pem(AGENT) + CertificateAuthority.pem(PLATFORM_CA.certificate()), StandardCharsets.US_ASCII);
    }
}
