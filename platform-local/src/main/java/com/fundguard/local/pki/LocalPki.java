package com.fundguard.local.pki;

import com.fundguard.crypto.ca.CertificateAuthority;
import com.fundguard.crypto.mesh.MeshMember;
import com.fundguard.crypto.mesh.ServiceMesh;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The local stack's public-key infrastructure in {@code <data>/pki}: the platform CA (a PKCS#12 keystore
 * identity-service signs agent certificates with, made once per data directory), the gateway's TLS certificate
 * for localhost (issued by that CA at every start), and the service mesh: a CA made anew at every start whose key
 * stays in the launcher's memory, one certificate per service in {@code pki/mesh} and one for the launcher itself
 * (in memory), which checks health and seeds the demo enterprise as a member. Keys are written owner-only.
 */
public final class LocalPki {

    public static final String CA_KEYSTORE = "platform-ca.p12";
    public static final String CA_CERTIFICATE = "platform-ca.pem";
    public static final String GATEWAY_CERTIFICATE = "gateway.pem";
    public static final String GATEWAY_KEY = "gateway-key.pem";

    /** Whom the bank sandbox's channel accepts: agents (platform CA) and bank-connector-service (mesh CA). */
    public static final String BANK_CLIENTS = "bank-sandbox-clients.pem";
    /** The demo enterprise's UKEY stand-in: a PKCS#12 file whose password plays the PIN, made once per data directory. */
    public static final String DEMO_UKEY = "demo-ukey.p12";
    public static final String DEMO_UKEY_CERTIFICATE = "demo-ukey.pem";

    /** The launcher's own name in the mesh. */
    public static final String LAUNCHER = "platform-local";

    private final Path directory;
    private final Map<String, MeshMember.PemFiles> mesh;
    private final MeshMember launcher;

    private LocalPki(Path directory, Map<String, MeshMember.PemFiles> mesh, MeshMember launcher) {
        this.directory = directory;
        this.mesh = mesh;
        this.launcher = launcher;
    }

    public static LocalPki prepare(Path dataDirectory, char[] caPassword, List<String> meshMembers) {
        Path directory = dataDirectory.resolve("pki");
        try {
            Files.createDirectories(directory);
            Path keystore = directory.resolve(CA_KEYSTORE);
            CertificateAuthority ca;
            if (Files.exists(keystore)) {
                ca = CertificateAuthority.fromPkcs12(Files.readAllBytes(keystore), caPassword, Clock.systemUTC());
            } else {
                ca = CertificateAuthority.createRoot("FundGuard Local Platform CA", Duration.ofDays(3650), Clock.systemUTC());
                writeOwnerOnly(keystore, ca.toPkcs12(caPassword));
            }
            Files.writeString(directory.resolve(CA_CERTIFICATE), CertificateAuthority.pem(ca.certificate()));
            KeyPair gatewayKey = CertificateAuthority.newKeyPair();
            X509Certificate gateway = ca.issueServer(gatewayKey.getPublic(), "gateway-service", List.of("localhost"),
                    List.of("127.0.0.1"), Duration.ofDays(30));
            Files.writeString(directory.resolve(GATEWAY_CERTIFICATE), CertificateAuthority.pem(gateway) + CertificateAuthority.pem(ca.certificate()));
            // PKCS#8 ("PRIVATE KEY"): read as SEC1 ("EC PRIVATE KEY") the key lost its curve for TLS 1.3's signature
            // scheme choice and OpenSSL clients refused the handshake ("wrong curve").
            writeOwnerOnly(directory.resolve(GATEWAY_KEY), pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(gatewayKey.getPrivate(), null))
                    .getBytes(StandardCharsets.US_ASCII));
            ServiceMesh serviceMesh = ServiceMesh.create("FundGuard Local Service Mesh", Clock.systemUTC());
            Map<String, MeshMember.PemFiles> files = new HashMap<>();
            for (String member : meshMembers) {
                files.put(member, serviceMesh.issue(member).writeTo(directory.resolve("mesh")));
            }
            MeshMember.PemFiles anyMember = files.values().iterator().next();
            Files.writeString(directory.resolve(BANK_CLIENTS), CertificateAuthority.pem(ca.certificate())
                    + Files.readString(anyMember.caCertificate()));
            return new LocalPki(directory, Map.copyOf(files), serviceMesh.issue(LAUNCHER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the local PKI in " + directory, e);
        }
    }

    /**
     * The demo UKEY: an EC P-256 key and its certificate from the sandbox bank (as a real bank issues one with the
     * USB key), in a PKCS#12 file whose password is the PIN; made on first use, kept afterwards (the sandbox has its
     * certificate on file for the payer account). Returns the certificate's PEM.
     */
    public String demoUkey(char[] pin, java.util.UUID enterprise) {
        Path ukey = directory.resolve(DEMO_UKEY);
        Path certificate = directory.resolve(DEMO_UKEY_CERTIFICATE);
        try {
            if (!Files.exists(ukey) || !Files.exists(certificate)) {
                CertificateAuthority bank = CertificateAuthority.createRoot("FGSANDBOX UKEY issuer", Duration.ofDays(3650), Clock.systemUTC());
                KeyPair key = CertificateAuthority.newKeyPair();
                X509Certificate issued = bank.issueAgent(key.getPublic(), enterprise, "ukey-1", Duration.ofDays(3650));
                writeOwnerOnly(ukey, bank.pkcs12For(key.getPrivate(), issued, pin));
                Files.writeString(certificate, CertificateAuthority.pem(issued));
            }
            return Files.readString(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo UKEY in " + directory, e);
        }
    }

    public Path file(String name) {
        return directory.resolve(name);
    }

    /** The mesh certificate, key and CA files of a service named in {@link #prepare}. */
    public MeshMember.PemFiles meshFilesOf(String member) {
        MeshMember.PemFiles files = mesh.get(member);
        if (files == null) {
            throw new IllegalArgumentException(member + " is not a member of the local service mesh");
        }
        return files;
    }

    /** TLS as the launcher's mesh member: for its health checks and seeding calls. */
    public SSLContext launcherTls() {
        return launcher.sslContext();
    }

    private static String pem(Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(value);
        }
        return text.toString();
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, content);
    }
}
