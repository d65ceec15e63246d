package com.fundguard.crypto.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.Tampering;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class SealingTest {

    static final String CREDENTIAL = "ukey-pin-13579";

    final Sealing sealing = new Sealing();
    final KeyPair agentOneTimeKey = Sealing.newRecipientKeyPair();
    final byte[] claim = "transfer=TR-20261123-000042;agent=agent-7".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRecipientOpensWhatWasSealedToIt() {
        SealedBox box = sealing.seal(agentOneTimeKey.getPublic(), CREDENTIAL.getBytes(StandardCharsets.UTF_8), claim);

        assertThat(new String(sealing.open(agentOneTimeKey, SealedBox.fromBytes(box.toBytes()), claim), StandardCharsets.UTF_8))
                .isEqualTo(CREDENTIAL);
    }

    @Test
    void anyOtherKeyCannotOpenIt() {
        SealedBox box = sealing.seal(agentOneTimeKey.getPublic(), CREDENTIAL.getBytes(StandardCharsets.UTF_8), claim);

        assertThatThrownBy(() -> sealing.open(Sealing.newRecipientKeyPair(), box, claim)).isInstanceOf(SealingException.class);
    }

    @Test
    void itDoesNotOpenForAnotherClaim() {
        SealedBox box = sealing.seal(agentOneTimeKey.getPublic(), CREDENTIAL.getBytes(StandardCharsets.UTF_8), claim);

        assertThatThrownBy(() -> sealing.open(agentOneTimeKey, box, "transfer=TR-20261123-000043;agent=agent-7".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SealingException.class);
    }

    @Test
    void tamperingAnyByteIsDetected() {
        byte[] bytes = sealing.seal(agentOneTimeKey.getPublic(), CREDENTIAL.getBytes(StandardCharsets.UTF_8), claim).toBytes();

        Tampering.everyByteFlippedIsRefused(bytes, SealingException.class,
                tampered -> sealing.open(agentOneTimeKey, SealedBox.fromBytes(tampered), claim));
    }

    @Test
    void sealingTheSameSecretTwiceGivesUnrelatedBoxes() {
        SealedBox one = sealing.seal(agentOneTimeKey.getPublic(), CREDENTIAL.getBytes(StandardCharsets.UTF_8), claim);
        SealedBox two = sealing.seal(agentOneTimeKey.getPublic(), CREDENTIAL.getBytes(StandardCharsets.UTF_8), claim);

        assertThat(one.ephemeralPublicKey()).isNotEqualTo(two.ephemeralPublicKey());
        assertThat(one.ciphertext()).isNotEqualTo(two.ciphertext());
        assertThat(one.toString()).doesNotContain(CREDENTIAL);
    }
}
