package com.fundguard.gateway.agent;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How the gateway recognises operator agents ({@code fundguard.gateway.agents.*}).
 *
 * @param caCertificate   the platform CA's certificate (PEM), the only issuer agent certificates may have; without
 *                        it every agent request is refused (503), never let through
 * @param crlUri          where identity-service publishes the CA's DER revocation list
 * @param crlRefresh      how often a fresh list is fetched: the longest a revoked agent can still get in
 * @param crlRetry        after a failed fetch, how long requests rely on what is cached before trying again
 * @param crlFetchTimeout connect and read timeout of one fetch
 */
@ConfigurationProperties("fundguard.gateway.agents")
public record AgentProperties(
        Resource caCertificate,
        @DefaultValue("http://localhost:8081/api/platform-ca/crl") URI crlUri,
        @DefaultValue("60s") Duration crlRefresh,
        @DefaultValue("2s") Duration crlRetry,
        @DefaultValue("3s") Duration crlFetchTimeout) {
}
