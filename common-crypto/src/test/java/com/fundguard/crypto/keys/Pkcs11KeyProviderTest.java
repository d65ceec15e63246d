package com.fundguard.crypto.keys;

import com.fundguard.test.pkcs11.SoftHsmToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.Tampering;
import com.fundguard.crypto.envelope.DecryptionFailedException;
import com.fundguard.crypto.envelope.Envelope;
import com.fundguard.crypto.envelope.EnvelopeEncryption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Envelope encryption with the key-encryption key inside a real PKCS#11 token (SoftHSM2) via SunPKCS11. */
class Pkcs11KeyProviderTest {

    static Path configuration;
    static Pkcs11KeyProvider token;
    static final String KEK = "kek-" + UUID.randomUUID();

    static Throwable wrongPinRefusal;

    @BeforeAll
    static void logIn() {
        configuration = SoftHsmToken.configuration();
        // A PKCS#11 login holds for the whole process: once logged in, a second login with any PIN finds the token
        // open. So the wrong PIN is tried first, before any right one in this JVM.
        try {
            Pkcs11KeyProvider.login(configuration, "00000000".toCharArray(), KEK);
        } catch (RuntimeException refused) {
            wrongPinRefusal = refused;
        }
        token = Pkcs11KeyProvider.login(configuration, SoftHsmToken.USER_PIN, KEK);
        token.ensureKey(KEK);
    }

    final byte[] owner = "enterprise=7f0c;account=CN6222000011110001".getBytes(StandardCharsets.UTF_8);

    @Test
    void theKeyEncryptionKeyLivesInTheTokenAndCannotBeExtracted() {
        SecretKey kek = token.key(KEK);

        assertThat(kek.getEncoded()).isNull();
        assertThat(token.cipherProvider().getName()).startsWith("SunPKCS11");
    }

    @Test
    void aSecretEncryptedUnderTheTokensKeyDecryptsWithItsOwnerOnly() {
        EnvelopeEncryption envelopes = new EnvelopeEncryption(token);
        byte[] pin = "ukey-pin-246810".getBytes(StandardCharsets.UTF_8);

        Envelope envelope = envelopes.encrypt(pin, owner);

        assertThat(envelopes.decrypt(envelope, owner)).isEqualTo(pin);
        assertThatThrownBy(() -> envelopes.decrypt(envelope, "enterprise=7f0c;account=OTHER".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void tamperingAnyByteOfATokenWrappedEnvelopeIsDetected() {
        EnvelopeEncryption envelopes = new EnvelopeEncryption(token);
        byte[] bytes = envelopes.encrypt("online-banking-password".getBytes(StandardCharsets.UTF_8), owner).toBytes();

        Tampering.everyByteFlippedIsRefused(bytes, DecryptionFailedException.class,
                tampered -> envelopes.decrypt(Envelope.fromBytes(tampered), owner));
    }

    @Test
    void theKeyPersistsInTheTokenAcrossLogins() {
        Envelope envelope = new EnvelopeEncryption(token).encrypt(new byte[] {1, 2, 3}, owner);

        Pkcs11KeyProvider again = Pkcs11KeyProvider.login(configuration, SoftHsmToken.USER_PIN, KEK);

        assertThat(new EnvelopeEncryption(again).decrypt(envelope, owner)).containsExactly(1, 2, 3);
    }

    @Test
    void aWrongPinIsRefusedWithoutRepeatingIt() {
        assertThat(wrongPinRefusal)
                .isInstanceOf(KeyStoreAccessException.class)
                .hasMessageNotContaining("00000000")
                .hasMessageNotContaining(String.valueOf(SoftHsmToken.USER_PIN));
    }
}
