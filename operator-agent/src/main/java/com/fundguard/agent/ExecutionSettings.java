package com.fundguard.agent;

import com.fundguard.bank.signing.Pkcs11SigningToken;
import com.fundguard.bank.signing.Pkcs12SigningToken;
import com.fundguard.bank.signing.SigningToken;
import com.fundguard.agent.identity.AgentIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * What {@code run} needs beyond the identity, from the environment only: the UKEY, the bank's channel, and the port of
 * the local status page. The PIN and the online-banking password are not here: they come sealed from the platform for
 * each transfer; the PKCS#11 library path and slot say where the token is, not how to open it. The one secret is the
 * bank client keystore's password, kept as chars and wiped once the keystore is read.
 *
 * <ul>
 *   <li>{@code FUNDGUARD_UKEY_PKCS11_LIBRARY} (the vendor's PKCS#11 library) with {@code FUNDGUARD_UKEY_PKCS11_SLOT}
 *       (slot index, default 0), or {@code FUNDGUARD_UKEY_PKCS12} (the local stack's stand-in file);
 *       {@code FUNDGUARD_UKEY_KEY_ALIAS} names the signing key in either.</li>
 *   <li>{@code FUNDGUARD_BANK_URL} (e.g. {@code https://bank.example/channel/v1}) and {@code FUNDGUARD_BANK_CA} (PEM:
 *       the CA the bank's TLS certificate chains to); {@code FUNDGUARD_BANK_CLIENT_P12} with
 *       {@code FUNDGUARD_BANK_CLIENT_P12_PASSWORD}: the client certificate the bank issued to this installation (without
 *       it, the agent's own enrolled certificate). Plain http is accepted only for a sandbox on localhost.</li>
 *   <li>{@code FUNDGUARD_AGENT_STATUS_PORT} (default 7310; 127.0.0.1 only).</li>
 * </ul>
 */
public record ExecutionSettings(Ukey ukey, URI bankUrl, Optional<Path> bankCa, Optional<Path> bankClientKeystore,
                                char[] bankClientKeystorePassword, int statusPort) {

    public static final int DEFAULT_STATUS_PORT = 7310;

    /** Where the UKEY is. */
    public sealed interface Ukey {
        String keyAlias();

        String kind();

        boolean present();

        SigningToken open(Path dataDirectory);
    }

    public record Pkcs11Ukey(Path library, int slot, String keyAlias) implements Ukey {
        @Override
        public String kind() {
            return "PKCS#11";
        }

        @Override
        public boolean present() {
            return Files.isReadable(library);
        }

        /** SunPKCS11 reads its configuration from a file: written (owner-only) into the data directory. */
        @Override
        public SigningToken open(Path dataDirectory) {
            Path configuration = dataDirectory.resolve("ukey-pkcs11.cfg");
            String text = "name = FundGuardUkey\nlibrary = " + library.toAbsolutePath() + "\nslotListIndex = " + slot + "\n";
            try {
                if (!Files.exists(configuration)) {
                    Files.createFile(configuration, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(configuration, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + configuration, e);
            }
            return Pkcs11SigningToken.of(configuration, keyAlias);
        }
    }

    public record Pkcs12Ukey(Path file, String keyAlias) implements Ukey {
        @Override
        public String kind() {
            return "PKCS#12";
        }

        @Override
        public boolean present() {
            return Files.isReadable(file);
        }

        @Override
        public SigningToken open(Path dataDirectory) {
            return new Pkcs12SigningToken(file, keyAlias);
        }
    }

    public static ExecutionSettings fromEnvironment(Map<String, String> environment) {
        String alias = required(environment, "FUNDGUARD_UKEY_KEY_ALIAS");
        Optional<String> library = optional(environment, "FUNDGUARD_UKEY_PKCS11_LIBRARY");
        Optional<String> pkcs12 = optional(environment, "FUNDGUARD_UKEY_PKCS12");
        if (library.isPresent() == pkcs12.isPresent()) {
            throw new IllegalArgumentException("set either FUNDGUARD_UKEY_PKCS11_LIBRARY (with FUNDGUARD_UKEY_PKCS11_SLOT) or FUNDGUARD_UKEY_PKCS12");
        }
        Ukey ukey = library.<Ukey>map(path -> new Pkcs11Ukey(Path.of(path),
                        Integer.parseInt(optional(environment, "FUNDGUARD_UKEY_PKCS11_SLOT").orElse("0")), alias))
                .orElseGet(() -> new Pkcs12Ukey(Path.of(pkcs12.get()), alias));
        URI bank = URI.create(required(environment, "FUNDGUARD_BANK_URL"));
        boolean loopback = "localhost".equals(bank.getHost()) || "127.0.0.1".equals(bank.getHost());
        if (!"https".equals(bank.getScheme()) && !("http".equals(bank.getScheme()) && loopback)) {
            throw new IllegalArgumentException("FUNDGUARD_BANK_URL must be https (the bank channel is mutual TLS); plain http only to a sandbox on this machine");
        }
        int port = Integer.parseInt(optional(environment, "FUNDGUARD_AGENT_STATUS_PORT").orElse(Integer.toString(DEFAULT_STATUS_PORT)));
        Optional<Path> clientKeystore = optional(environment, "FUNDGUARD_BANK_CLIENT_P12").map(Path::of);
        char[] clientPassword = clientKeystore.isPresent() ? required(environment, "FUNDGUARD_BANK_CLIENT_P12_PASSWORD").toCharArray() : null;
        return new ExecutionSettings(ukey, bank, optional(environment, "FUNDGUARD_BANK_CA").map(Path::of), clientKeystore, clientPassword, port);
    }

    /**
     * The key the agent presents to the bank: the installation's certificate the bank issued
     * ({@code FUNDGUARD_BANK_CLIENT_P12}, its password wiped once read), or else the agent's own enrolled certificate
     * (for a bank, such as the sandbox, told to trust the platform CA for its installations).
     */
    public KeyManager[] bankClientKeys(AgentIdentity identity) {
        if (bankClientKeystore.isEmpty()) {
            return identity.tlsKeyManagers();
        }
        try (InputStream in = Files.newInputStream(bankClientKeystore.get())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, bankClientKeystorePassword);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, bankClientKeystorePassword);
            return keys.getKeyManagers();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the bank client keystore " + bankClientKeystore.get() + " (wrong password or damaged file)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the bank client keystore: " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(bankClientKeystorePassword, '\0');
        }
    }

    @Override
    public String toString() {
        return "ExecutionSettings[ukey=" + ukey + ", bankUrl=" + bankUrl + ", bankCa=" + bankCa + ", bankClientKeystore="
                + bankClientKeystore + ", bankClientKeystorePassword=(hidden), statusPort=" + statusPort + "]";
    }

    private static Optional<String> optional(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    private static String required(Map<String, String> environment, String name) {
        return optional(environment, name).orElseThrow(() -> new IllegalArgumentException("set " + name + " in the agent's environment"));
    }
}
