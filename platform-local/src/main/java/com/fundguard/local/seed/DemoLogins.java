package com.fundguard.local.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo users' passwords: generated at random on the first start of a data directory, kept in
 * {@code demo-logins.txt} (owner-only) so a restart logs in with the same ones. Never in the source code.
 */
public final class DemoLogins {

    public static final String FILE = "demo-logins.txt";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;

    private DemoLogins(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    public static DemoLogins loadOrCreate(Path dataDirectory, List<String> usernames) {
        Path file = dataDirectory.resolve(FILE);
        try {
            Map<String, String> passwords = new LinkedHashMap<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    int separator = line.indexOf(' ');
                    if (!line.startsWith("#") && separator > 0) {
                        passwords.put(line.substring(0, separator), line.substring(separator + 1).strip());
                    }
                }
            }
            boolean added = false;
            for (String username : usernames) {
                if (!passwords.containsKey(username)) {
                    passwords.put(username, newPassword());
                    added = true;
                }
            }
            if (added || !Files.exists(file)) {
                write(file, passwords);
            }
            return new DemoLogins(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo logins in " + file, e);
        }
    }

    public String passwordOf(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalArgumentException("no demo login " + username);
        }
        return password;
    }

    /** 144 random bits, URL-safe Base64: 24 characters. */
    static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, Map<String, String> passwords) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".logins", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        StringBuilder text = new StringBuilder("# FundGuard local demo logins: username password (this data directory only)\n");
        passwords.forEach((user, password) -> text.append(user).append(' ').append(password).append('\n'));
        Files.writeString(temporary, text);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
