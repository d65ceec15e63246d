package com.fundguard.agent.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The agent's own key pair: generated on the operator's machine, never leaving it. The private key sits in a
 * PKCS#12 file readable only by its owner; the platform learns only the public key, through a PKCS#10 request
 * that enrolment (identity issue) turns into a client certificate for mTLS. Bank credentials will be sealed to
 * one-time keys this agent holds, so no person, and no other agent, can open them.
 */
public final class AgentIdentity {

    private static final String ALIAS = "fundguard-agent";
    private static final String KEYSTORE = "agent.p12";
    private static final String REQUEST = "agent.csr.pem";

    private static final String PLATFORM_CA = "platform-ca.pem";

    private final PrivateKey privateKey;
    private final X509Certificate placeholderCertificate;
    private final Certificate[] chain;
    private final X500Name subject;

    private AgentIdentity(PrivateKey privateKey, X509Certificate placeholderCertificate, Certificate[] chain) {
        this.privateKey = privateKey;
        this.placeholderCertificate = placeholderCertificate;
        this.chain = chain;
        this.subject = X500Name.getInstance(placeholderCertificate.getSubjectX500Principal().getEncoded());
    }

    /** Creates the identity in the directory; refuses to replace one that exists (that would orphan its certificate). */
    public static AgentIdentity create(Path directory, UUID enterpriseId, String agentId, char[] password) {
        Path keystore = directory.resolve(KEYSTORE);
        if (Files.exists(keystore)) {
            throw new IllegalStateException("an agent identity exists at " + keystore + "; it is never overwritten");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, enterpriseId.toString())
                    .addRDN(BCStyle.OU, "operator-agent")
                    .addRDN(BCStyle.CN, agentId)
                    .build();
            // PKCS#12 stores a private key with a certificate: until enrolment returns the real one, the key sits
            // with a self-signed certificate that nobody trusts.
            X509Certificate selfSigned = selfSigned(keyPair, subject);
            KeyStore store = KeyStore.getInstance("PKCS12");
            loadEmpty(store);
            store.setKeyEntry(ALIAS, keyPair.getPrivate(), password, new Certificate[] {selfSigned});
            createDirectories(directory);
            writeOwnerOnly(keystore, out -> store.store(out, password));
            AgentIdentity identity = new AgentIdentity(keyPair.getPrivate(), selfSigned, new Certificate[] {selfSigned});
            writeOwnerOnly(directory.resolve(REQUEST), out -> out.write(identity.enrolmentRequestPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            return identity;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the agent identity: " + e.getClass().getSimpleName(), e);
        }
    }

    public static AgentIdentity load(Path directory, char[] password) {
        try (InputStream in = Files.newInputStream(directory.resolve(KEYSTORE))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return new AgentIdentity((PrivateKey) store.getKey(ALIAS, password), (X509Certificate) store.getCertificate(ALIAS),
                    store.getCertificateChain(ALIAS));
        } catch (IOException e) {
            // A wrong password surfaces as an IOException from PKCS#12; say so without any detail of the input.
            throw new IllegalStateException("cannot open the agent keystore (wrong password or damaged file)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the agent keystore: " + e.getClass().getSimpleName());
        }
    }

    /** The PKCS#10 request, signed with the private key so the platform knows the requester holds it. */
    public PKCS10CertificationRequest enrolmentRequest() {
        return new JcaPKCS10CertificationRequestBuilder(subject, placeholderCertificate.getPublicKey()).build(signer());
    }

    public String enrolmentRequestPem() {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(enrolmentRequest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pem.toString();
    }

    public X500Name subject() {
        return subject;
    }

    /** Whether the keystore holds a certificate the platform issued (enrolment done) rather than the placeholder. */
    public boolean enrolled() {
        return !placeholderCertificate.getSubjectX500Principal().equals(placeholderCertificate.getIssuerX500Principal());
    }

    /**
     * Keeps the certificate enrolment returned, with the platform CA that issued it, next to the private key. It must
     * certify this agent's own key and be signed by that CA; anything else is refused and nothing is written.
     */
    public void installCertificate(Path directory, char[] password, X509Certificate issued, X509Certificate platformCa) {
        try {
            if (!issued.getPublicKey().equals(placeholderCertificate.getPublicKey())) {
                throw new IllegalStateException("the returned certificate is for another key; nothing was installed");
            }
            issued.verify(platformCa.getPublicKey());
            KeyStore store = KeyStore.getInstance("PKCS12");
            loadEmpty(store);
            store.setKeyEntry(ALIAS, privateKey, password, new Certificate[] {issued, platformCa});
            writeOwnerOnly(directory.resolve(KEYSTORE), out -> store.store(out, password));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(platformCa);
            }
            writeOwnerOnly(directory.resolve(PLATFORM_CA), out -> out.write(pem.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the returned certificate is not signed by the platform CA; nothing was installed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key managers that present this agent's certificate (and the CA behind it) in a TLS handshake: mutual TLS
     * to the gateway. Held in memory only, under a throw-away password; the keystore file is not read again.
     */
    public KeyManager[] tlsKeyManagers() {
        if (!enrolled()) {
            throw new IllegalStateException("the agent is not enrolled yet: run `enrol` first");
        }
        char[] inMemory = java.util.UUID.randomUUID().toString().toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            loadEmpty(store);
            store.setKeyEntry(ALIAS, privateKey, inMemory, chain);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, inMemory);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot present the agent certificate: " + e.getClass().getSimpleName(), e);
        } finally {
            java.util.Arrays.fill(inMemory, '\0');
        }
    }

    private ContentSigner signer() {
        try {
            return new JcaContentSignerBuilder("SHA256withECDSA").build(privateKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with the agent key", e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keyPair, X500Name subject) throws GeneralSecurityException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                    java.math.BigInteger.valueOf(now.toEpochMilli()), Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)),
                    subject, keyPair.getPublic()).build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static void loadEmpty(KeyStore store) throws GeneralSecurityException {
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException, GeneralSecurityException;
    }

    /** Written to a temporary file with owner-only permissions first, then moved into place. */
    private static void writeOwnerOnly(Path target, Writing content) throws GeneralSecurityException {
        try {
            Path temporary = Files.createTempFile(target.getParent(), ".agent", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.to(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
