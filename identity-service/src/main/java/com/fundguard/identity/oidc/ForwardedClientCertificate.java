package com.fundguard.identity.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the gateway, the agent's TLS ends there: the gateway verifies the agent's client certificate (platform CA,
 * not revoked, not expired) and forwards the chain it verified in {@value #HEADER} (URL-encoded PEM) on the token
 * endpoint only. This filter hands that chain to Spring Authorization Server as the servlet container would have, so
 * RFC 8705 {@code tls_client_auth} and certificate-bound tokens work unchanged. The gateway strips any client-sent
 * {@code X-FundGuard-*} header.
 *
 * <p>In the service mesh identity-service's own TLS needs a client certificate, so the container's certificate
 * attribute holds the calling service's mesh certificate. The header is then believed only from the named forwarder
 * (its certificate's CN, checked by TLS against the mesh CA), and the forwarder's own certificate never stands for an
 * OAuth client: it is replaced by the forwarded chain or removed. A request without a TLS peer believes the header
 * only when no forwarder is named (identity-service on a network only the gateway reaches).
 */
public class ForwardedClientCertificate extends OncePerRequestFilter {

    public static final String HEADER = "X-FundGuard-Client-Certificate";
    static final String SERVLET_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final String forwarder;

    public ForwardedClientCertificate(String forwarder) {
        this.forwarder = forwarder == null ? "" : forwarder;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/oauth2/token".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(SERVLET_ATTRIBUTE) instanceof X509Certificate[] peer && peer.length > 0) {
            if (isForwarder(peer[0])) {
                request.removeAttribute(SERVLET_ATTRIBUTE);
                forwardedChain(request);
            }
        } else if (forwarder.isEmpty()) {
            forwardedChain(request);
        }
        chain.doFilter(request, response);
    }

    private boolean isForwarder(X509Certificate peer) {
        if (forwarder.isEmpty()) {
            return false;
        }
        try {
            return new LdapName(peer.getSubjectX500Principal().getName()).getRdns().stream()
                    .anyMatch(rdn -> rdn.getType().equalsIgnoreCase("CN") && forwarder.equals(rdn.getValue().toString()));
        } catch (InvalidNameException e) {
            return false;
        }
    }

    private static void forwardedChain(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return;
        }
        try {
            String pem = URLDecoder.decode(header, StandardCharsets.US_ASCII);
            X509Certificate[] certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
            if (certificates.length > 0) {
                request.setAttribute(SERVLET_ATTRIBUTE, certificates);
            }
        } catch (CertificateException | IllegalArgumentException e) {
            // No usable chain: the token endpoint then sees no certificate and refuses tls_client_auth.
        }
    }
}
