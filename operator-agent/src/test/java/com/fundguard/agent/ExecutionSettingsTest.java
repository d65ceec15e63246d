package com.fundguard.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.crypto.ca.CertificateAuthority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.X509KeyManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionSettingsTest {

    static final String CLIENT_PASSWORD = "bank-client-store-pw";

    @TempDir Path directory;

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("FUNDGUARD_UKEY_PKCS12", directory.resolve("ukey.p12").toString());
        env.put("FUNDGUARD_UKEY_KEY_ALIAS", "fundguard");
        env.put("FUNDGUARD_BANK_URL", "https://bank.example/channel/v1");
        return env;
    }

    /** The installation's client certificate, as a bank issues it, in {@code bank-client.p12} under {@link #CLIENT_PASSWORD}. */
    X509Certificate bankIssuedClientKeystore() throws Exception {
        CertificateAuthority bankCa = CertificateAuthority.createRoot("Bank Installations CA", Duration.ofDays(30), Clock.systemUTC());
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate installation = bankCa.issueAgent(key.getPublic(), UUID.randomUUID(), "installation-9", Duration.ofDays(30));
        Files.write(directory.resolve("bank-client.p12"), bankCa.pkcs12For(key.getPrivate(), installation, CLIENT_PASSWORD.toCharArray()));
        return installation;
    }

    @Test
    void theUkeyIsEitherAPkcs11LibraryOrAPkcs12FileNeverBoth() {
        Map<String, String> both = environment();
        both.put("FUNDGUARD_UKEY_PKCS11_LIBRARY", "/usr/lib/softhsm/libsofthsm2.so");

        assertThatThrownBy(() -> ExecutionSettings.fromEnvironment(both)).hasMessageContaining("either");
        Map<String, String> pkcs11 = environment();
        pkcs11.remove("FUNDGUARD_UKEY_PKCS12");
        pkcs11.put("FUNDGUARD_UKEY_PKCS11_LIBRARY", "/usr/lib/softhsm/libsofthsm2.so");
        pkcs11.put("FUNDGUARD_UKEY_PKCS11_SLOT", "2");
        assertThat(ExecutionSettings.fromEnvironment(pkcs11).ukey())
                .isEqualTo(new ExecutionSettings.Pkcs11Ukey(Path.of("/usr/lib/softhsm/libsofthsm2.so"), 2, "fundguard"));
    }

    @Test
    void theBankIsReachedOverHttpsOrOverHttpOnlyOnThisMachine() {
        Map<String, String> remoteHttp = environment();
        remoteHttp.put("FUNDGUARD_BANK_URL", "http://bank.example/channel/v1");
        Map<String, String> sandbox = environment();
        sandbox.put("FUNDGUARD_BANK_URL", "http://localhost:8090/channel/v1");

        assertThatThrownBy(() -> ExecutionSettings.fromEnvironment(remoteHttp)).hasMessageContaining("https");
        assertThat(ExecutionSettings.fromEnvironment(sandbox).bankUrl().getPort()).isEqualTo(8090);
        assertThat(ExecutionSettings.fromEnvironment(environment()).statusPort()).isEqualTo(ExecutionSettings.DEFAULT_STATUS_PORT);
    }

    @Test
    void theClientCertificateTheBankIssuedIsPresentedAndItsPasswordWipedAndNeverShown() throws Exception {
        X509Certificate installation = bankIssuedClientKeystore();
        Map<String, String> env = environment();
        env.put("FUNDGUARD_BANK_CLIENT_P12", directory.resolve("bank-client.p12").toString());
        env.put("FUNDGUARD_BANK_CLIENT_P12_PASSWORD", CLIENT_PASSWORD);
        ExecutionSettings settings = ExecutionSettings.fromEnvironment(env);

        X509KeyManager keys = (X509KeyManager) settings.bankClientKeys(null)[0];

        assertThat(keys.getCertificateChain("fundguard")[0]).isEqualTo(installation);
        assertThat(settings.bankClientKeystorePassword()).containsOnly('\0');
        assertThat(settings.toString()).doesNotContain(CLIENT_PASSWORD);
    }

    @Test
    void aWrongBankClientKeystorePasswordIsRefusedWithoutEchoingIt() throws Exception {
        bankIssuedClientKeystore();
        Map<String, String> env = environment();
        env.put("FUNDGUARD_BANK_CLIENT_P12", directory.resolve("bank-client.p12").toString());
        env.put("FUNDGUARD_BANK_CLIENT_P12_PASSWORD", "not-the-store-password");

        assertThatThrownBy(() -> ExecutionSettings.fromEnvironment(env).bankClientKeys(null))
                .hasMessageContaining("wrong password or damaged file")
                .message().doesNotContain("not-the-store-password");
    }
}
