package com.fundguard.identity.oidc;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OIDC provider's issuer and its registered clients ({@code fundguard.identity.*}). Client secrets come from the
 * environment (the local stack generates them); they are stored only as hashes.
 *
 * @param issuer        the issuer URL every token names
 * @param portal        the web portal's backend: a confidential client, authorization code + PKCE + refresh tokens
 * @param mobile        the owner's mobile app: a public client, authorization code + PKCE (no secret on a phone)
 * @param services      services that ask identity-service (client credentials, scope {@code directory.read})
 * @param onboarding    the operating institution's onboarding client (client credentials, scope {@code platform.onboard})
 */
@ConfigurationProperties("fundguard.identity")
public record OidcClientsProperties(
        @DefaultValue("http://localhost:8081") URI issuer,
        @DefaultValue Portal portal,
        @DefaultValue Mobile mobile,
        @DefaultValue List<ServiceClient> services,
        @DefaultValue ServiceClient onboarding) {

    public record Portal(@DefaultValue("fundguard-portal") String clientId, String clientSecret,
                         @DefaultValue("http://localhost:8080/portal/callback") List<URI> redirectUris) {
        @Override
        public String toString() {
            return "Portal[clientId=" + clientId + ", redirectUris=" + redirectUris + "]";
        }
    }

    public record Mobile(@DefaultValue("fundguard-mobile") String clientId,
                         @DefaultValue("com.fundguard.owner:/callback") List<URI> redirectUris) {
    }

    public record ServiceClient(String clientId, String clientSecret, @DefaultValue Set<String> scopes) {
        @Override
        public String toString() {
            return "ServiceClient[clientId=" + clientId + ", scopes=" + scopes + "]";
        }
    }
}
