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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the gateway, TLS ends there: the gateway verifies the agent's client certificate (platform CA, not revoked,
 * not expired) and forwards the chain it verified in {@value #HEADER} (URL-encoded PEM) on the token endpoint only.
 * This filter hands that chain to Spring Authorization Server as the servlet container would have, so RFC 8705
 * {@code tls_client_auth} and certificate-bound tokens work unchanged. Enabled only where identity-service is reached
 * through the gateway alone; the gateway strips any client-sent {@code X-FundGuard-*} header.
 */
public class ForwardedClientCertificate extends OncePerRequestFilter {

    public static final String HEADER = "X-FundGuard-Client-Certificate";
    static final String SERVLET_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/oauth2/token".equals(request.getRequestURI()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(SERVLET_ATTRIBUTE) == null) {
            try {
                String pem = URLDecoder.decode(request.getHeader(HEADER), StandardCharsets.US_ASCII);
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
        chain.doFilter(request, response);
    }
}
