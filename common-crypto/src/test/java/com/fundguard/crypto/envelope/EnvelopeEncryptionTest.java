package com.fundguard.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.Tampering;
import com.fundguard.crypto.keys.KeyStoreAccessException;
import com.fundguard.crypto.keys.Pkcs12KeyProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvelopeEncryptionTest {

    static final char[] KEYSTORE_PASSWORD = "local-stack-keystore".toCharArray();
    static final String SECRET = "online-banking-password-Zh8!";

    @TempDir Path directory;
    Pkcs12KeyProvider keys;
    EnvelopeEncryption envelopes;
    final byte[] owner = "enterprise=7f0c;account=CN6222000011110001".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void keystore() {
        keys = Pkcs12KeyProvider.openOrCreate(directory.resolve("kek.p12"), KEYSTORE_PASSWORD, "kek-2026-11");
        envelopes = new EnvelopeEncryption(keys);
    }

    byte[] secret() {
        return SECRET.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSecretDecryptsWithTheAssociatedDataItWasEncryptedWith() {
        Envelope envelope = envelopes.encrypt(secret(), owner);

        assertThat(envelopes.decrypt(Envelope.fromBase64(envelope.toBase64()), owner)).isEqualTo(secret());
        assertThat(envelope.keyId()).isEqualTo("kek-2026-11");
    }

    @Test
    void everySecretGetsAFreshDataKeyAndNonce() {
        Envelope first = envelopes.encrypt(secret(), owner);
        Envelope second = envelopes.encrypt(secret(), owner);

        assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
        assertThat(first.dataNonce()).isNotEqualTo(second.dataNonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void refusesToOpenACiphertextMovedToAnotherAccount() {
        Envelope envelope = envelopes.encrypt(secret(), owner);

        assertThatThrownBy(() -> envelopes.decrypt(envelope, "enterprise=7f0c;account=CN6222000011119999".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void tamperingAnyByteOfTheEnvelopeIsDetected() {
        byte[] bytes = envelopes.encrypt(secret(), owner).toBytes();

        Tampering.everyByteFlippedIsRefused(bytes, DecryptionFailedException.class,
                tampered -> envelopes.decrypt(Envelope.fromBytes(tampered), owner));
    }

    @Test
    void tamperingAnyByteOfTheAssociatedDataIsDetected() {
        Envelope envelope = envelopes.encrypt(secret(), owner);

        Tampering.everyByteFlippedIsRefused(owner, DecryptionFailedException.class, other -> envelopes.decrypt(envelope, other));
        assertThatThrownBy(() -> envelopes.decrypt(envelope, new byte[0])).isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void truncatedEnvelopesAreRefused() {
        byte[] bytes = envelopes.encrypt(secret(), owner).toBytes();

        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = java.util.Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> envelopes.decrypt(Envelope.fromBytes(truncated), owner))
                    .isInstanceOf(DecryptionFailedException.class);
        }
    }

    @Test
    void rotationRewrapsTheDataKeyUnderTheNewKeyWithoutTouchingTheCiphertext() throws Exception {
        Envelope old = envelopes.encrypt(secret(), owner);
        keys.addKey("kek-2027-05");
        keys.save(directory.resolve("kek.p12"));
        Pkcs12KeyProvider rotated = Pkcs12KeyProvider.openOrCreate(directory.resolve("kek.p12"), KEYSTORE_PASSWORD, "kek-2027-05");
        EnvelopeEncryption afterRotation = new EnvelopeEncryption(rotated);

        Envelope rewrapped = afterRotation.rewrap(old, owner);

        assertThat(rewrapped.keyId()).isEqualTo("kek-2027-05");
        assertThat(rewrapped.ciphertext()).isEqualTo(old.ciphertext());
        assertThat(afterRotation.decrypt(rewrapped, owner)).isEqualTo(secret());
        assertThat(afterRotation.decrypt(old, owner)).isEqualTo(secret());
    }

    @Test
    void aKeyIdThatNamesAnotherExistingKeyDoesNotOpen() throws Exception {
        keys.addKey("kek-other");
        Envelope envelope = envelopes.encrypt(secret(), owner);
        Envelope relabelled = new Envelope(envelope.version(), "kek-other", envelope.wrapNonce(), envelope.wrappedKey(),
                envelope.dataNonce(), envelope.ciphertext());

        assertThatThrownBy(() -> envelopes.decrypt(relabelled, owner)).isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void neitherTheEnvelopeNorAFailureShowsTheSecret() {
        Envelope envelope = envelopes.encrypt(secret(), owner);

        assertThat(envelope.toString()).doesNotContain(SECRET).contains("kek-2026-11");
        assertThatThrownBy(() -> envelopes.decrypt(envelope, new byte[] {1}))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void aWrongKeystorePasswordIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> Pkcs12KeyProvider.openOrCreate(directory.resolve("kek.p12"), "guess".toCharArray(), "kek-2026-11"))
                .isInstanceOf(KeyStoreAccessException.class)
                .hasMessageNotContaining("guess")
                .hasMessageNotContaining(String.valueOf(KEYSTORE_PASSWORD));
    }
}
