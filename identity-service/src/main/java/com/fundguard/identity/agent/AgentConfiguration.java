package com.fundguard.identity.agent;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.identity.agent.adapter.out.persistence.AgentTokenClaimsFromClientId;
import com.fundguard.identity.agent.adapter.out.persistence.JdbcAgentStore;
import com.fundguard.identity.agent.adapter.out.persistence.RegisteredAgentClients;
import com.fundguard.identity.agent.application.AgentEnrolments;
import com.fundguard.identity.directory.adapter.out.persistence.JdbcDirectory;
import com.fundguard.identity.oidc.AgentTokenClaims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgentConfiguration.PlatformCaProperties.class)
class AgentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgentConfiguration.class);

    /**
     * The platform CA's PKCS#12 keystore ({@code fundguard.identity.platform-ca.*}). With {@code create-if-missing}
     * (the local stack) a new root is written on first start; with {@code ephemeral} (tests) it lives in memory only.
     * Anything else without a keystore does not start.
     */
    @ConfigurationProperties("fundguard.identity.platform-ca")
    record PlatformCaProperties(Path keystore, char[] password, boolean createIfMissing, boolean ephemeral) {
        @Override
        public String toString() {
            return "PlatformCaProperties[keystore=" + keystore + ", password=(hidden)]";
        }
    }

    @Bean
    CertificateAuthority platformCa(PlatformCaProperties properties, Clock clock) {
        if (properties.ephemeral()) {
            log.warn("platform CA held in memory only (fundguard.identity.platform-ca.ephemeral): for tests, never for agents that must outlive this process");
            return CertificateAuthority.createRoot("FundGuard Platform CA (ephemeral)", Duration.ofDays(3650), clock);
        }
        if (properties.keystore() == null || properties.password() == null) {
            throw new IllegalStateException("fundguard.identity.platform-ca.keystore and .password name the platform CA");
        }
        try {
            if (!Files.exists(properties.keystore()) && properties.createIfMissing()) {
                CertificateAuthority created = CertificateAuthority.createRoot("FundGuard Platform CA", Duration.ofDays(3650), clock);
                Files.createDirectories(properties.keystore().toAbsolutePath().getParent());
                Files.write(properties.keystore(), created.toPkcs12(properties.password()));
                try {
                    Files.setPosixFilePermissions(properties.keystore(), PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    log.warn("cannot restrict {} to its owner on this file system", properties.keystore());
                }
                return created;
            }
            return CertificateAuthority.fromPkcs12(Files.readAllBytes(properties.keystore()), properties.password(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the platform CA keystore " + properties.keystore(), e);
        }
    }

    @Bean
    AgentEnrolments agentEnrolments(JdbcClient jdbc, RegisteredClientRepository clients, JdbcDirectory directory,
                                    CertificateAuthority platformCa, TransactionTemplate transactions, Clock clock) {
        return new AgentEnrolments(new JdbcAgentStore(jdbc), new RegisteredAgentClients(clients), directory, platformCa, transactions, clock);
    }

    @Bean
    AgentTokenClaims agentTokenClaims() {
        return new AgentTokenClaimsFromClientId();
    }
}
