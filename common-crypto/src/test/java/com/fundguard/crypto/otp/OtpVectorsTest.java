package com.fundguard.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of ../shared/testdata/otp-vectors.txt (RFC 4226 Appendix D, RFC 6238 Appendix B), unchanged. */
class OtpVectorsTest {

    static final Map<OtpAlgorithm, byte[]> RFC_6238_SEEDS = Map.of(
            OtpAlgorithm.SHA1, "12345678901234567890".getBytes(StandardCharsets.US_ASCII),
            OtpAlgorithm.SHA256, "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII),
            OtpAlgorithm.SHA512, "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII));

    static List<String> vectorLines() throws IOException {
        return Files.readAllLines(Path.of(System.getProperty("fundguard.testdata"), "otp-vectors.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    static Stream<Arguments> hotpVectors() throws IOException {
        return vectorLines().stream().map(l -> l.split("\\|")).filter(f -> f.length == 5 && f[1].trim().length() == 40)
                .map(f -> Arguments.of(Long.parseLong(f[0].trim()), f[4].trim()));
    }

    static Stream<Arguments> totpVectors() throws IOException {
        return vectorLines().stream().map(l -> l.split("\\|")).filter(f -> f.length == 5 && f[4].trim().startsWith("SHA"))
                .map(f -> Arguments.of(Long.parseLong(f[0].trim()), f[3].trim(), OtpAlgorithm.valueOf(f[4].trim())));
    }

    @Test
    void theVectorFileHoldsAllPublishedVectors() throws IOException {
        assertThat(hotpVectors().count()).isEqualTo(10);
        assertThat(totpVectors().count()).isEqualTo(18);
    }

    @ParameterizedTest(name = "HOTP counter {0} -> {1}")
    @MethodSource("hotpVectors")
    void hotpMatchesRfc4226(long counter, String expected) {
        assertThat(Hotp.code("12345678901234567890".getBytes(StandardCharsets.US_ASCII), counter, 6, OtpAlgorithm.SHA1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "TOTP {2} at {0} -> {1}")
    @MethodSource("totpVectors")
    void totpMatchesRfc6238(long epochSeconds, String expected, OtpAlgorithm algorithm) {
        Totp totp = new Totp(RFC_6238_SEEDS.get(algorithm), algorithm, 8, Duration.ofSeconds(30));

        assertThat(totp.code(Instant.ofEpochSecond(epochSeconds))).isEqualTo(expected);
        assertThat(totp.verify(expected, Instant.ofEpochSecond(epochSeconds), 0)).hasValue(epochSeconds / 30);
    }

    @Test
    void aCodeOneStepOldIsAcceptedInAWindowOfOneAndSaysWhichStepSoTheCallerCanRefuseItsReplay() {
        Totp totp = Totp.standard(RFC_6238_SEEDS.get(OtpAlgorithm.SHA1));
        Instant now = Instant.ofEpochSecond(1_111_111_109L);
        String previousStepCode = totp.code(now.minusSeconds(30));

        assertThat(totp.verify(previousStepCode, now, 1)).hasValue(totp.timeStep(now) - 1);
        assertThat(totp.verify(previousStepCode, now, 0)).isEmpty();
        assertThat(totp.verify(totp.code(now.minusSeconds(60)), now, 1)).isEmpty();
        assertThat(totp.verify("12345", now, 1)).isEmpty();
    }

    @Test
    void theOtpauthUriCarriesTheSecretInBase32AndNeverTheToStringOfTheGenerator() {
        Totp totp = Totp.standard("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

        assertThat(totp.otpauthUri("FundGuard", "li.wei@tea.example"))
                .startsWith("otpauth://totp/FundGuard%3Ali.wei%40tea.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=FundGuard")
                .contains("digits=6", "period=30", "algorithm=SHA1");
        assertThat(totp.toString()).doesNotContain("GEZDGNBV").contains("hidden");
    }
}
