package com.fundguard.agent.execution;

import com.fundguard.bank.signing.OrderSignature;
import com.fundguard.bank.signing.Pkcs12SigningToken;
import com.fundguard.bank.signing.SigningToken;
import com.fundguard.crypto.ca.CertificateAuthority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The local stack's UKEY (a real {@link Pkcs12SigningToken} whose file password is {@link PlatformStandIn#PIN}), and
 * the PIN arrays it was handed, so a test can look at them after the attempt.
 */
final class RecordingUkey implements SigningToken {

    final X509Certificate certificate;
    final List<char[]> pinsHandedOver = new CopyOnWriteArrayList<>();
    private final SigningToken token;

    RecordingUkey(Path directory) throws Exception {
        CertificateAuthority bankCa = CertificateAuthority.createRoot("Sandbox Bank UKEY CA", Duration.ofDays(30), Clock.systemUTC());
        KeyPair key = CertificateAuthority.newKeyPair();
        certificate = bankCa.issueAgent(key.getPublic(), UUID.randomUUID(), "ukey-1", Duration.ofDays(30));
        Path file = Files.write(directory.resolve("ukey.p12"), bankCa.pkcs12For(key.getPrivate(), certificate, PlatformStandIn.PIN.toCharArray()));
        token = new Pkcs12SigningToken(file, "fundguard");
    }

    int signatures() {
        return pinsHandedOver.size();
    }

    @Override
    public OrderSignature sign(byte[] document, char[] pin) {
        pinsHandedOver.add(pin);
        return token.sign(document, pin);
    }

    @Override
    public X509Certificate certificate(char[] pin) {
        return token.certificate(pin);
    }
}
