package com.fundguard.test.pkcs11;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The SoftHSM2 token the PKCS#11 tests run on, prepared from ../shared/testdata/pkcs11 (used unchanged; the
 * variant with the attribute template is derived from it). SoftHSM reads SOFTHSM2_CONF when its library loads,
 * so Surefire sets that variable for the test JVM and this class writes the file it names before first use.
 * Without SoftHSM2 installed the tests are skipped with a message, except in CI, where they must run.
 */
public final class SoftHsmToken {

    public static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    public static final String LABEL = "ukey-test";
    public static final char[] USER_PIN = "12345678".toCharArray();
    private static final String SO_PIN = "87654321";

    private SoftHsmToken() {
    }

    /** Makes sure the token exists and returns the SunPKCS11 configuration to log in with. */
    public static synchronized Path configuration() {
        if (!Files.exists(Path.of(LIBRARY))) {
            String message = "SoftHSM2 is not installed (" + LIBRARY + "): apt-get install softhsm2 to run the PKCS#11 tests";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message + "; in CI they must run");
            }
            abort(message);
        }
        try {
            Path conf = Path.of(required("SOFTHSM2_CONF", System.getenv("SOFTHSM2_CONF")));
            Path directory = conf.getParent();
            Path tokens = directory.resolve("tokens");
            Path testdata = Path.of(required("fundguard.testdata", System.getProperty("fundguard.testdata")), "pkcs11");
            Files.createDirectories(tokens);
            Files.writeString(conf, Files.readString(testdata.resolve("softhsm2.conf.template"))
                    .replace("${TOKEN_DIR}", tokens.toAbsolutePath().toString()));
            if (!tokenExists()) {
                run(List.of("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--so-pin", SO_PIN,
                        "--pin", String.valueOf(USER_PIN)), conf);
            }
            // Keys generated in the token are sensitive and never extractable: the HSM's promise, asked for here.
            Path derived = directory.resolve("pkcs11-sensitive.cfg");
            Files.writeString(derived, Files.readString(testdata.resolve("pkcs11.cfg")) + """

                    attributes(generate, CKO_SECRET_KEY, CKK_AES) = {
                      CKA_SENSITIVE = true
                      CKA_EXTRACTABLE = false
                    }
                    """);
            return derived;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the SoftHSM2 token", e);
        }
    }

    private static boolean tokenExists() throws IOException {
        return run(List.of("softhsm2-util", "--show-slots"), Path.of(System.getenv("SOFTHSM2_CONF"))).contains("Label:            " + LABEL);
    }

    private static String run(List<String> command, Path conf) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", conf.toString());
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests through Maven (the root pom sets it)");
        }
        return value;
    }
}
