package com.fundguard.sandbox.payment.adapter.in.web;

import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.login;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.newEndToEndId;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.bank.channel.HttpBankChannel;
import com.fundguard.bank.channel.InquiryOutcome;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.SubmissionOutcome;
import com.fundguard.crypto.mesh.MeshMember;
import com.fundguard.crypto.mesh.ServiceMesh;
import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.payment.application.Ledger;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The channel over real mutual TLS: the sandbox serves HTTPS needing a client certificate of the bank's CA (a Spring
 * Boot PEM SSL bundle, {@code server.ssl.client-auth=need}); FundGuard's installation presents one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class BankChannelMutualTlsIT {

    static final ServiceMesh BANK_PKI = ServiceMesh.create("Sandbox Bank Channel CA", Clock.systemUTC());
    static final MeshMember BANK = BANK_PKI.issue("bank-sandbox");
    static final MeshMember INSTALLATION = BANK_PKI.issue("fundguard-bank-connector");

    @DynamicPropertySource
    static void httpsNeedingAClientCertificate(DynamicPropertyRegistry properties) {
        MeshMember.PemFiles files = BANK.writeTo(temporaryDirectory());
        properties.add("spring.ssl.bundle.pem.channel.keystore.certificate", () -> "file:" + files.certificateChain());
        properties.add("spring.ssl.bundle.pem.channel.keystore.private-key", () -> "file:" + files.privateKey());
        properties.add("spring.ssl.bundle.pem.channel.truststore.certificate", () -> "file:" + files.caCertificate());
        properties.add("server.ssl.bundle", () -> "channel");
        properties.add("server.ssl.client-auth", () -> "need");
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("sandbox-tls");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort int port;
    @Autowired AccountOpening accounts;
    @Autowired OnlineBanking onlineBanking;
    @Autowired Ledger ledger;

    HttpBankChannel channel(SSLContext tls) {
        return new HttpBankChannel(URI.create("https://localhost:" + port + "/channel/v1"), tls, Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Test
    void anInstallationWithTheBanksCertificateSubmitsAndInquires() {
        SandboxCustomer customer = new SandboxCustomer(temporaryDirectory());
        String payer = customer.openWithOnlineBanking(accounts, onlineBanking, "500.00");
        String id = newEndToEndId();

        try (HttpBankChannel channel = channel(INSTALLATION.sslContext())) {
            SubmissionOutcome outcome = channel.submit(customer.signed(order(id, payer, "31001234567890", "CCBCCNBJ", "20.00")), login(payer));

            assertThat(outcome).isInstanceOf(SubmissionOutcome.Booked.class);
            assertThat(channel.inquire(payer, id)).isInstanceOfSatisfying(InquiryOutcome.Known.class, known -> assertThat(known.booked()).isTrue());
        }
    }

    @Test
    void aClientWithoutACertificateGetsNoAnswerAndNothingIsBooked() throws Exception {
        SandboxCustomer customer = new SandboxCustomer(temporaryDirectory());
        String payer = customer.openWithOnlineBanking(accounts, onlineBanking, "500.00");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(INSTALLATION.trustStore());
        SSLContext withoutCertificate = SSLContext.getInstance("TLS");
        withoutCertificate.init(null, trust.getTrustManagers(), null);

        try (HttpBankChannel channel = channel(withoutCertificate)) {
            assertThatThrownBy(() -> channel.submit(customer.signed(order(newEndToEndId(), payer, "31001234567890", "CCBCCNBJ", "20.00")),
                    login(payer))).isInstanceOf(OrderNotSentException.class);
        }
        assertThat(ledger.bookings(payer)).isEmpty();
    }
}
