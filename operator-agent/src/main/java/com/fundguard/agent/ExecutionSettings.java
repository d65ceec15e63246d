package com.fundguard.agent;

import com.fundguard.bank.signing.Pkcs11SigningToken;
import com.fundguard.bank.signing.Pkcs12SigningToken;
import com.fundguard.bank.signing.SigningToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code run} needs beyond the identity, from the environment only: the UKEY, the bank's channel, and the port of
 * the local status page. None of it is secret (the PIN and the online-banking password come sealed from the platform
 * for each transfer); the PKCS#11 library path and slot say where the token is, not how to open it.
 *
 * <ul>
 *   <li>{@code FUNDGUARD_UKEY_PKCS11_LIBRARY} (the vendor's PKCS#11 library) with {@code FUNDGUARD_UKEY_PKCS11_SLOT}
 *       (slot index, default 0), or {@code FUNDGUARD_UKEY_PKCS12} (the local stack's stand-in file);
 *       {@code FUNDGUARD_UKEY_KEY_ALIAS} names the signing key in either.</li>
 *   <li>{@code FUNDGUARD_BANK_URL} (e.g. {@code https://bank.example/channel/v1}) and {@code FUNDGUARD_BANK_CA} (PEM:
 *       the CA the bank's TLS certificate chains to). The agent presents its own enrolled certificate to the bank
 *       (the bank registers the installation by it). Plain http is accepted only for a sandbox on localhost.</li>
 *   <li>{@code FUNDGUARD_AGENT_STATUS_PORT} (default 7310; 127.0.0.1 only).</li>
 * </ul>
 */
public record ExecutionSettings(Ukey ukey, URI bankUrl, Optional<Path> bankCa, int statusPort) {

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
        return new ExecutionSettings(ukey, bank, optional(environment, "FUNDGUARD_BANK_CA").map(Path::of), port);
    }

    private static Optional<String> optional(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    private static String required(Map<String, String> environment, String name) {
        return optional(environment, name).orElseThrow(() -> new IllegalArgumentException("set " + name + " in the agent's environment"));
    }
}
