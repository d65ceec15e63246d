package com.fundguard.bankconnector.vault;

import com.fundguard.bankconnector.audit.application.AuditTrail;
import com.fundguard.bankconnector.payeraccount.application.PayerAccounts;
import com.fundguard.bankconnector.vault.adapter.out.persistence.JdbcCredentialsStore;
import com.fundguard.bankconnector.vault.application.CredentialVault;
import com.fundguard.crypto.envelope.EnvelopeEncryption;
import com.fundguard.crypto.keys.KeyProvider;
import com.fundguard.crypto.keys.Pkcs11KeyProvider;
import com.fundguard.crypto.keys.Pkcs12KeyProvider;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaultConfiguration.KeyEncryptionKeyProperties.class)
class VaultConfiguration {

    /**
     * Where the vault's key-encryption key lives ({@code fundguard.vault.kek.*}): {@code pkcs11} (an HSM: the
     * provider configuration file and the PIN, production) or {@code pkcs12} (a keystore made with a fresh KEK on
     * first start: the local stack and tests). The PIN or password comes from the environment.
     */
    @ConfigurationProperties("fundguard.vault.kek")
    record KeyEncryptionKeyProperties(String kind, Path pkcs11Configuration, Path keystore, String password, String keyId) {
    }

    @Bean
    KeyProvider vaultKeys(KeyEncryptionKeyProperties kek) {
        String keyId = kek.keyId() == null ? "bank-credentials-1" : kek.keyId();
        if (kek.password() == null || kek.password().isBlank()) {
            throw new IllegalStateException("fundguard.vault.kek.password (the keystore password or HSM PIN) is not set");
        }
        return switch (kek.kind() == null ? "" : kek.kind()) {
            case "pkcs11" -> {
                Pkcs11KeyProvider provider = Pkcs11KeyProvider.login(kek.pkcs11Configuration(), kek.password().toCharArray(), keyId);
                provider.ensureKey(keyId);
                yield provider;
            }
            case "pkcs12" -> Pkcs12KeyProvider.openOrCreate(kek.keystore(), kek.password().toCharArray(), keyId);
            default -> throw new IllegalStateException("fundguard.vault.kek.kind is pkcs11 or pkcs12");
        };
    }

    @Bean
    CredentialVault credentialVault(JdbcClient jdbc, PayerAccounts payerAccounts, KeyProvider vaultKeys, AuditTrail audit,
                                    org.springframework.transaction.support.TransactionTemplate transactions, Clock clock) {
        return new CredentialVault(new JdbcCredentialsStore(jdbc), payerAccounts, new EnvelopeEncryption(vaultKeys), audit, transactions, clock);
    }
}
