package com.fundguard.bankconnector.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.bank.channel.BankCredentials;
import com.fundguard.bankconnector.payeraccount.application.PayerAccountRegistration;
import com.fundguard.bankconnector.vault.application.CredentialVault;
import com.fundguard.crypto.envelope.Envelope;
import com.fundguard.crypto.keys.KeyProvider;
import com.fundguard.crypto.keys.Pkcs11KeyProvider;
import com.fundguard.crypto.sealing.SealedBox;
import com.fundguard.crypto.sealing.Sealing;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.pkcs11.SoftHsmToken;
import java.security.KeyPair;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The vault as production runs it: the key-encryption key in an HSM over PKCS#11 (SoftHSM2 here), generated in the
 * token and never leaving it; envelopes name it, and a release opens through it.
 */
@SpringBootTest
@WithRealInfrastructure
class VaultOnHsmIT {

    static final String KEK = "bank-credentials-" + UUID.randomUUID();

    @DynamicPropertySource
    static void theHsm(DynamicPropertyRegistry properties) {
        properties.add("fundguard.vault.kek.kind", () -> "pkcs11");
        properties.add("fundguard.vault.kek.pkcs11-configuration", () -> SoftHsmToken.configuration().toString());
        properties.add("fundguard.vault.kek.password", () -> new String(SoftHsmToken.USER_PIN));
        properties.add("fundguard.vault.kek.key-id", () -> KEK);
    }

    @Autowired CredentialVault vault;
    @Autowired KeyProvider keys;
    @Autowired PayerAccountRegistration accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void credentialsAreWrappedByAKeyInTheHsmAndReleasedSealedThroughIt() {
        UUID enterprise = UUID.randomUUID();
        accounts.register(enterprise, "CN6222000077770001", "Operating account", "FGSANDBOX", Currency.getInstance("CNY"));
        vault.set(enterprise, "CN6222000077770001", UUID.randomUUID(), "Pa55word-in-the-hsm".toCharArray(), "246810".toCharArray());

        assertThat(keys).isInstanceOf(Pkcs11KeyProvider.class);
        String stored = jdbc.sql("SELECT envelope FROM account_credentials WHERE enterprise_id = ?").param(enterprise).query(String.class).single();
        assertThat(Envelope.fromBase64(stored).keyId()).isEqualTo(KEK);
        assertThat(stored).doesNotContain("Pa55word");

        KeyPair agent = Sealing.newRecipientKeyPair();
        UUID claim = UUID.randomUUID();
        SealedBox sealed = vault.releaseSealed(enterprise, "CN6222000077770001", UUID.randomUUID(), claim, "desk-1", agent.getPublic());
        try (BankCredentials opened = BankCredentials.fromBytes(new Sealing().open(agent, sealed,
                BankCredentials.associatedData(claim, enterprise, "CN6222000077770001")))) {
            assertThat(new String(opened.password())).isEqualTo("Pa55word-in-the-hsm");
            assertThat(new String(opened.pin())).isEqualTo("246810");
        }
    }
}
