package com.fundguard.local.demo;

import com.fundguard.crypto.otp.Totp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.util.encoders.Base32;

/**
 * The demo approvers' authenticator apps: the TOTP seed each enrolled, kept owner-only in the data directory so the
 * next run of the demo confirms with the same authenticator (identity-service enrols one per person).
 */
final class Authenticators {

    private final Path file;
    private final Map<String, String> seeds = new LinkedHashMap<>();

    Authenticators(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    int space = line.indexOf(' ');
                    if (space > 0 && !line.startsWith("#")) {
                        seeds.put(line.substring(0, space), line.substring(space + 1).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    Optional<Totp> of(String username) {
        return Optional.ofNullable(seeds.get(username)).map(seed -> Totp.standard(Base32.decode(seed)));
    }

    /** Keeps the seed of an otpauth:// URI for the person and returns their authenticator. */
    Totp enrolled(String username, String otpauthUri) {
        int start = otpauthUri.indexOf("secret=") + "secret=".length();
        int end = otpauthUri.indexOf('&', start);
        String seed = end < 0 ? otpauthUri.substring(start) : otpauthUri.substring(start, end);
        seeds.put(username, seed);
        StringBuilder text = new StringBuilder("# TOTP seeds of the demo approvers' authenticators (demo only)\n");
        seeds.forEach((name, value) -> text.append(name).append(' ').append(value).append('\n'));
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the authenticator seeds in " + file, e);
        }
        return Totp.standard(Base32.decode(seed));
    }
}
