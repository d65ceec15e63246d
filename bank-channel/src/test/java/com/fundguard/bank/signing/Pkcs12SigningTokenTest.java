package com.fundguard.bank.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.ca.CertificateAuthority;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's UKEY: a PKCS#12 file whose password is the PIN. */
class Pkcs12SigningTokenTest {

    static final byte[] ORDER = "<Document>order 42</Document>".getBytes(StandardCharsets.UTF_8);

    @TempDir Path directory;

    @Test
    void signsWithTheFilesKeyAndWipesThePinEitherWay() throws Exception {
        CertificateAuthority bank = CertificateAuthority.createRoot("Sandbox Bank UKEY CA", Duration.ofDays(30), Clock.systemUTC());
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate certificate = bank.issueAgent(key.getPublic(), UUID.randomUUID(), "ukey-1", Duration.ofDays(30));
        Path file = Files.write(directory.resolve("ukey.p12"), bank.pkcs12For(key.getPrivate(), certificate, "ukey-pin".toCharArray()));
        SigningToken ukey = new Pkcs12SigningToken(file, "fundguard");
        char[] pin = "ukey-pin".toCharArray();
        char[] wrong = "not-the-pin".toCharArray();

        OrderSignature signature = ukey.sign(ORDER, pin);

        assertThat(signature.verifies(ORDER, certificate)).isTrue();
        assertThat(signature.verifies("<Document>order 43</Document>".getBytes(StandardCharsets.UTF_8), certificate)).isFalse();
        assertThatThrownBy(() -> ukey.sign(ORDER, wrong)).isInstanceOf(SigningRefusedException.class);
        assertThat(pin).containsOnly('\0');
        assertThat(wrong).containsOnly('\0');
    }
}
