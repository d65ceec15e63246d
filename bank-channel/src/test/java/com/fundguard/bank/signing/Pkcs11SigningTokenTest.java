package com.fundguard.bank.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.test.pkcs11.SoftHsmToken;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UKEY on a real PKCS#11 token (SoftHSM2 through SunPKCS11): the key is made in the token and never leaves it. */
class Pkcs11SigningTokenTest {

    static final String ALIAS = "ukey-" + UUID.randomUUID();
    static final byte[] ORDER = "<Document><CstmrCdtTrfInitn>... 125000.50 CNY to 31001234567890 ...</CstmrCdtTrfInitn></Document>"
            .getBytes(StandardCharsets.UTF_8);

    static Path configuration;
    static X509Certificate registered;

    /** As the bank issues a UKEY: a P-256 key generated inside the token, its certificate stored beside it. */
    @BeforeAll
    static void aKeyMadeInTheToken() throws Exception {
        configuration = SoftHsmToken.configuration();
        AuthProvider setup = (AuthProvider) Security.getProvider("SunPKCS11").configure(configuration.toString());
        KeyStore token = KeyStore.getInstance("PKCS11", setup);
        token.load(null, SoftHsmToken.USER_PIN.clone());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", setup);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name subject = new X500Name("O=Hangzhou Tea Trading Co.,CN=UKEY CN6222000011110001");
        registered = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(60)), Date.from(now.plus(Duration.ofDays(365))),
                subject, key.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(setup).build(key.getPrivate())));
        token.setKeyEntry(ALIAS, key.getPrivate(), null, new Certificate[] {registered});
        // A PKCS#11 login holds for the whole process: closed again, as the agent finds a UKEY.
        setup.logout();
    }

    final SigningToken ukey = Pkcs11SigningToken.of(configuration, ALIAS);

    @Test
    void signsInsideTheTokenAndTheBankVerifiesWithTheRegisteredCertificate() {
        OrderSignature signature = ukey.sign(ORDER, SoftHsmToken.USER_PIN.clone());

        assertThat(signature.verifies(ORDER, registered)).isTrue();
        byte[] altered = new String(ORDER, StandardCharsets.UTF_8).replace("125000.50", "925000.50").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verifies(altered, registered)).isFalse();
        X509Certificate another = CertificateAuthority.createRoot("Another UKEY", Duration.ofDays(1), java.time.Clock.systemUTC()).certificate();
        assertThat(signature.verifies(ORDER, another)).isFalse();
    }

    @Test
    void thePinOpensTheTokenForOneSignatureOnly() {
        ukey.sign(ORDER, SoftHsmToken.USER_PIN.clone());

        // Were the token left open, this would sign: a PKCS#11 login outlives the call that made it.
        assertThatThrownBy(() -> ukey.sign(ORDER, "00000000".toCharArray())).isInstanceOf(SigningRefusedException.class);
    }

    @Test
    void thePinIsWipedAfterASignatureAndAfterARefusal() {
        char[] right = SoftHsmToken.USER_PIN.clone();
        char[] wrong = "11111111".toCharArray();

        ukey.sign(ORDER, right);
        assertThatThrownBy(() -> ukey.sign(ORDER, wrong)).isInstanceOf(SigningRefusedException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("11111111"));

        assertThat(right).containsOnly('\0');
        assertThat(wrong).containsOnly('\0');
    }

    @Test
    void aKeyTheTokenDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> Pkcs11SigningToken.of(configuration, "no-such-key").sign(ORDER, SoftHsmToken.USER_PIN.clone()))
                .isInstanceOf(SigningRefusedException.class).hasMessageContaining("no-such-key");
    }

    @Test
    void theTokenShowsTheCertificateTheBankHasRegistered() {
        assertThat(ukey.certificate(SoftHsmToken.USER_PIN.clone())).isEqualTo(registered);
    }
}
