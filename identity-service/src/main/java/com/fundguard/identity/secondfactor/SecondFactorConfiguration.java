package com.fundguard.identity.secondfactor;

import com.fundguard.identity.secondfactor.adapter.out.persistence.JdbcSecondFactorStore;
import com.fundguard.identity.secondfactor.adapter.out.persistence.JwsConfirmationProofs;
import com.fundguard.identity.secondfactor.application.SecondFactors;
import com.fundguard.sms.SmsSender;
import com.fundguard.sms.sandbox.JdbcSandboxSmsSender;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(SecondFactorConfiguration.PasskeyProperties.class)
class SecondFactorConfiguration {

    /**
     * The sandbox sender (common-sms, shared with notification-service; messages kept in this service's
     * {@code sandbox_sms}) only where {@code fundguard.identity.sms.sender=sandbox} says so (local stack, tests); a
     * deployment without an SMS adapter fails to start rather than pretending to send: SMS codes are a second factor
     * this service offers, and an approver who chose them could not confirm.
     */
    @Bean
    @ConditionalOnProperty(name = "fundguard.identity.sms.sender", havingValue = "sandbox")
    SmsSender sandboxSmsSender(JdbcClient jdbc, Clock clock) {
        return new JdbcSandboxSmsSender(jdbc, clock);
    }

    @Bean
    SecondFactors secondFactors(JdbcClient jdbc, SmsSender sms, JWKSource<SecurityContext> signingKeys,
                                @Value("${fundguard.identity.issuer:http://localhost:8081}") URI issuer,
                                org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations relyingParty,
                                PasskeyProperties passkeys, com.fundguard.crypto.keys.KeyProvider secretKeys,
                                TransactionTemplate transactions, Clock clock) {
        return new SecondFactors(new JdbcSecondFactorStore(jdbc, new com.fundguard.crypto.envelope.EnvelopeEncryption(secretKeys)), sms,
                new JwsConfirmationProofs(new NimbusJwtEncoder(signingKeys), issuer, clock),
                new com.fundguard.identity.secondfactor.adapter.out.persistence.SpringWebAuthnPasskeyAssertions(relyingParty, passkeys.rpId()),
                transactions, clock);
    }

    /**
     * The key-encryption key for secrets identity-service keeps (TOTP seeds): a PKCS#12 keystore
     * ({@code fundguard.identity.secret-keys.keystore} and {@code .password}), created with a fresh KEK on first start.
     */
    @Bean(destroyMethod = "close")
    com.fundguard.crypto.keys.KeyProvider identitySecretKeys(
            @Value("${fundguard.identity.secret-keys.keystore}") java.nio.file.Path keystore,
            @Value("${fundguard.identity.secret-keys.password}") String password) {
        return com.fundguard.crypto.keys.Pkcs12KeyProvider.openOrCreate(keystore, password.toCharArray(), "identity-secrets-1");
    }

    /** The WebAuthn relying party ({@code fundguard.identity.passkeys.*}): its id (a domain) and the origins it accepts. */
    @org.springframework.boot.context.properties.ConfigurationProperties("fundguard.identity.passkeys")
    record PasskeyProperties(@org.springframework.boot.context.properties.bind.DefaultValue("localhost") String rpId,
                             @org.springframework.boot.context.properties.bind.DefaultValue("FundGuard") String rpName,
                             @org.springframework.boot.context.properties.bind.DefaultValue({"http://localhost:8081", "http://localhost:8080"})
                             java.util.Set<String> allowedOrigins) {
    }

    @Bean
    org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository passkeyUsers(
            org.springframework.jdbc.core.JdbcOperations jdbc) {
        return new org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    org.springframework.security.web.webauthn.management.UserCredentialRepository passkeyCredentials(
            org.springframework.jdbc.core.JdbcOperations jdbc) {
        return new org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository(jdbc);
    }

    /** One relying party for passkey sign-in (Spring Security's WebAuthn filters) and for confirmations. */
    @Bean
    org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations relyingParty(
            org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository users,
            org.springframework.security.web.webauthn.management.UserCredentialRepository credentials, PasskeyProperties passkeys) {
        return new org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations(users, credentials,
                org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity.builder().id(passkeys.rpId()).name(passkeys.rpName()).build(),
                passkeys.allowedOrigins());
    }
}
