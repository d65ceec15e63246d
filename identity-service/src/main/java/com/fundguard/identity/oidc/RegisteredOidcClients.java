package com.fundguard.identity.oidc;

import java.net.URI;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Writes the configured clients into the client store at start, keeping each client's row id so authorizations
 * issued before a restart stay attached to it. A client without a configured secret is not registered: no default
 * secret exists anywhere.
 */
class RegisteredOidcClients implements SmartInitializingSingleton {

    private final RegisteredClientRepository clients;
    private final OidcClientsProperties properties;
    private final PasswordEncoder secrets;

    RegisteredOidcClients(RegisteredClientRepository clients, OidcClientsProperties properties, PasswordEncoder secrets) {
        this.clients = clients;
        this.properties = properties;
        this.secrets = secrets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var portal = properties.portal();
        if (portal.clientSecret() != null && !portal.clientSecret().isBlank()) {
            save(RegisteredClient.withId(idOf(portal.clientId())).clientId(portal.clientId())
                    .clientSecret(secrets.encode(portal.clientSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> portal.redirectUris().stream().map(URI::toString).forEach(uris::add))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(personTokens().build())
                    .build());
        }
        var mobile = properties.mobile();
        save(RegisteredClient.withId(idOf(mobile.clientId())).clientId(mobile.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> mobile.redirectUris().stream().map(URI::toString).forEach(uris::add))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(personTokens().build())
                .build());
        properties.services().forEach(this::saveServiceClient);
        if (properties.onboarding().clientId() != null) {
            saveServiceClient(properties.onboarding());
        }
    }

    private void saveServiceClient(OidcClientsProperties.ServiceClient client) {
        if (client.clientSecret() == null || client.clientSecret().isBlank()) {
            return;
        }
        save(RegisteredClient.withId(idOf(client.clientId())).clientId(client.clientId())
                .clientSecret(secrets.encode(client.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(AuthorizationServerConfiguration.ACCESS_TOKEN).build())
                .build());
    }

    /** Short access tokens; refresh tokens rotate on every use, so a stolen one works once at most. */
    static TokenSettings.Builder personTokens() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(AuthorizationServerConfiguration.ACCESS_TOKEN)
                .authorizationCodeTimeToLive(java.time.Duration.ofMinutes(2))
                .refreshTokenTimeToLive(java.time.Duration.ofHours(8))
                .reuseRefreshTokens(false);
    }

    private String idOf(String clientId) {
        RegisteredClient existing = clients.findByClientId(clientId);
        return existing != null ? existing.getId() : UUID.randomUUID().toString();
    }

    private void save(RegisteredClient client) {
        clients.save(client);
    }
}
