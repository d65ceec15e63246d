package com.fundguard.identity.agent.adapter.out.persistence;

import com.fundguard.identity.agent.application.AgentClients;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * An agent's OAuth client: authenticated by its certificate (RFC 8705 {@code tls_client_auth}, the subject DN the
 * platform CA put in it), client credentials only, access tokens bound to that certificate ({@code cnf.x5t#S256}).
 */
public class RegisteredAgentClients implements AgentClients {

    private final RegisteredClientRepository clients;

    public RegisteredAgentClients(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void register(UUID enterpriseId, String agentId, String certificateSubjectDn) {
        String clientId = AgentClients.clientId(enterpriseId, agentId);
        RegisteredClient existing = clients.findByClientId(clientId);
        clients.save(RegisteredClient.withId(existing != null ? existing.getId() : UUID.randomUUID().toString())
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.TLS_CLIENT_AUTH)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("execution")
                .clientSettings(ClientSettings.builder().x509CertificateSubjectDN(certificateSubjectDn).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5))
                        .x509CertificateBoundAccessTokens(true).build())
                .build());
    }
}
