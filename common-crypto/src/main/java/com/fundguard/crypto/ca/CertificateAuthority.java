package com.fundguard.crypto.ca;

import com.fundguard.crypto.keys.KeyPairs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A small ECDSA P-256 certificate authority (Bouncy Castle) for the local stack and tests: a self-signed root that
 * issues server certificates (TLS, with subject alternative names) and agent client certificates (mTLS) naming
 * enterprise and agent. Production uses the platform CA of the identity issue, on the same code.
 */
public final class CertificateAuthority {

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final Clock clock;

    private CertificateAuthority(KeyPair keyPair, X509Certificate certificate, Clock clock) {
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.clock = clock;
    }

    public static CertificateAuthority createRoot(String commonName, Duration validity, Clock clock) {
        KeyPair keyPair = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "FundGuard").addRDN(BCStyle.CN, commonName).build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(name, name, keyPair.getPublic(), validity, clock)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            return new CertificateAuthority(keyPair, sign(builder, keyPair.getPrivate()), clock);
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateIssuanceException("cannot create the root: " + e.getClass().getSimpleName());
        }
    }

    /** The CA as {@link #toPkcs12(char[])} wrote it: the platform CA's keystore, read at start. */
    public static CertificateAuthority fromPkcs12(byte[] pkcs12, char[] password, Clock clock) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            PrivateKey key = (PrivateKey) store.getKey("fundguard-ca", password);
            X509Certificate certificate = (X509Certificate) store.getCertificate("fundguard-ca");
            if (key == null || certificate == null) {
                throw new CertificateIssuanceException("the keystore holds no entry named fundguard-ca");
            }
            return new CertificateAuthority(new KeyPair(certificate.getPublicKey(), key), certificate, clock);
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateIssuanceException("cannot read the CA keystore: " + e.getClass().getSimpleName());
        }
    }

    /**
     * A certificate revocation list (RFC 5280) naming every revoked serial with the instant it was revoked, valid
     * until {@code nextUpdate} from now. Relying parties (the gateway) refuse a certificate it names, and refuse to
     * rely on a list past its next update.
     */
    public X509CRL revocationList(Map<BigInteger, Instant> revoked, BigInteger crlNumber, Duration nextUpdate) {
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(nextUpdate)));
            revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.unspecified));
            builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(crlNumber));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE).build(keyPair.getPrivate());
            return new JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new CertificateIssuanceException("cannot sign the revocation list: " + e.getClass().getSimpleName());
        }
    }

    public static KeyPair newKeyPair() {
        return KeyPairs.p256();
    }

    /** A TLS server certificate for a service: its names go into the subject alternative names. */
    public X509Certificate issueServer(PublicKey key, String commonName, List<String> dnsNames, List<String> ipAddresses,
                                      Duration validity) {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "FundGuard").addRDN(BCStyle.CN, commonName).build();
        return issue(subject, key, new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth}, names, validity);
    }

    /**
     * A certificate for a service of the platform's own mesh: it serves TLS under its names and presents the same
     * certificate as a client when it calls another service (both purposes), its name the CN.
     */
    public X509Certificate issueService(PublicKey key, String serviceName, List<String> dnsNames, List<String> ipAddresses,
                                       Duration validity) {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "FundGuard").addRDN(BCStyle.OU, "service")
                .addRDN(BCStyle.CN, serviceName).build();
        return issue(subject, key, new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}, names, validity);
    }

    /** An mTLS client certificate for an operator agent: the enterprise is the O, the agent the CN. */
    public X509Certificate issueAgent(PublicKey key, UUID enterpriseId, String agentId, Duration validity) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, enterpriseId.toString())
                .addRDN(BCStyle.OU, "operator-agent")
                .addRDN(BCStyle.CN, agentId)
                .build();
        return issue(subject, key, new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth}, List.of(), validity);
    }

    /**
     * Signs an agent's PKCS#10 request after checking it is signed with the key it names (proof of possession).
     * The subject comes from what the platform knows (enrolment), never from the request.
     */
    public X509Certificate signAgentRequest(PKCS10CertificationRequest request, UUID enterpriseId, String agentId, Duration validity) {
        try {
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(request.getSubjectPublicKeyInfo()))) {
                throw new CertificateIssuanceException("the request is not signed by the key it names");
            }
            return issueAgent(new JcaPKCS10CertificationRequest(request).getPublicKey(), enterpriseId, agentId, validity);
        } catch (OperatorCreationException | PKCSException | GeneralSecurityException e) {
            throw new CertificateIssuanceException("the request cannot be verified: " + e.getClass().getSimpleName());
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA's certificate and key as PKCS#12, for the local stack's trust and signing set-up. */
    public byte[] toPkcs12(char[] password) {
        return pkcs12("fundguard-ca", keyPair.getPrivate(), new Certificate[] {certificate}, password);
    }

    /** An end entity's key and certificate chain as PKCS#12 (what a service or agent loads for TLS). */
    public byte[] pkcs12For(PrivateKey key, X509Certificate issued, char[] password) {
        return pkcs12("fundguard", key, new Certificate[] {issued, certificate}, password);
    }

    public static String pem(Object certificateOrRequest) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificateOrRequest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private X509Certificate issue(X500Name subject, PublicKey key, KeyPurposeId[] purposes, List<GeneralName> names, Duration validity) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    subject, key, validity, clock)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
            }
            return sign(builder, keyPair.getPrivate());
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateIssuanceException("cannot issue: " + e.getClass().getSimpleName());
        }
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Duration validity, Clock clock) {
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(notBefore), Date.from(notBefore.plus(validity)), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE).build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static byte[] pkcs12(String alias, PrivateKey key, Certificate[] chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateIssuanceException("cannot write PKCS#12: " + e.getClass().getSimpleName());
        }
    }
}
