package com.fundguard.crypto.mesh;

import com.fundguard.crypto.ca.CertificateAuthority;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * One member of the {@link ServiceMesh}: its certificate, its private key and the mesh CA it trusts (and nothing
 * else). {@link #toString()} never shows the key.
 */
public record MeshMember(String name, X509Certificate certificate, PrivateKey key, X509Certificate ca) {

    /** Where {@link #writeTo(Path)} put the member's files. */
    public record PemFiles(Path certificateChain, Path privateKey, Path caCertificate) {

        /** The SSL bundle's name in a Spring Boot service's environment. */
        public static final String BUNDLE = "mesh";

        /**
         * A Spring Boot service's environment for calling the mesh: a PEM SSL bundle {@value #BUNDLE} read from these
         * files, used by every outgoing HTTP client ({@code spring.http.clients.ssl.bundle}).
         */
        public Map<String, String> springBootClientEnvironment() {
            return Map.of(
                    "SPRING_SSL_BUNDLE_PEM_MESH_KEYSTORE_CERTIFICATE", "file:" + certificateChain,
                    "SPRING_SSL_BUNDLE_PEM_MESH_KEYSTORE_PRIVATE_KEY", "file:" + privateKey,
                    "SPRING_SSL_BUNDLE_PEM_MESH_TRUSTSTORE_CERTIFICATE", "file:" + caCertificate,
                    "SPRING_HTTP_CLIENTS_SSL_BUNDLE", BUNDLE);
        }

        /** As {@link #springBootClientEnvironment()}, and the service's own port serves TLS needing a mesh certificate. */
        public Map<String, String> springBootServiceEnvironment() {
            Map<String, String> environment = new HashMap<>(springBootClientEnvironment());
            environment.put("SERVER_SSL_BUNDLE", BUNDLE);
            environment.put("SERVER_SSL_CLIENT_AUTH", "need");
            return Map.copyOf(environment);
        }
    }

    /**
     * Writes {@code <name>.pem} (certificate and CA), {@code <name>-key.pem} (PKCS#8, owner-only) and
     * {@code mesh-ca.pem} into {@code directory}: what a Spring Boot PEM SSL bundle reads.
     */
    public PemFiles writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path chain = directory.resolve(name + ".pem");
            Files.writeString(chain, CertificateAuthority.pem(certificate) + CertificateAuthority.pem(ca));
            Path privateKey = directory.resolve(name + "-key.pem");
            Files.deleteIfExists(privateKey);
            Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(privateKey, pkcs8Pem());
            Path caCertificate = directory.resolve("mesh-ca.pem");
            Files.writeString(caCertificate, CertificateAuthority.pem(ca));
            return new PemFiles(chain, privateKey, caCertificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mesh files of " + name, e);
        }
    }

    /** TLS as this member: presents its certificate, trusts only the mesh CA. */
    public SSLContext sslContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), new char[0]);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the TLS context of " + name + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The member's key and chain in an in-memory PKCS#12 store with an empty password. */
    public KeyStore keyStore() {
        try {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry(name, key, new char[0], new Certificate[] {certificate, ca});
            return identity;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the key of " + name + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The mesh CA alone, as an in-memory trust store. */
    public KeyStore trustStore() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("mesh-ca", ca);
            return trusted;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the mesh CA: " + e.getClass().getSimpleName(), e);
        }
    }

    /*
     * PKCS#8 ("PRIVATE KEY"): read as SEC1 ("EC PRIVATE KEY") the key lost its curve for TLS 1.3's signature scheme
     * choice and OpenSSL clients refused the handshake ("wrong curve").
     */
    private String pkcs8Pem() throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "MeshMember[" + name + ", " + certificate.getSubjectX500Principal() + "]";
    }
}
