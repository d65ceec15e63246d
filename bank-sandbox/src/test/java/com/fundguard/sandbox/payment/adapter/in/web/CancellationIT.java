package com.fundguard.sandbox.payment.adapter.in.web;

import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.login;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.newAccount;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.newEndToEndId;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fundguard.bank.channel.CancellationOutcome;
import com.fundguard.bank.channel.HttpBankChannel;
import com.fundguard.bank.channel.SubmissionOutcome;
import com.fundguard.bank.iso20022.Camt053Reader;
import com.fundguard.bank.iso20022.Camt055Writer;
import com.fundguard.bank.iso20022.CancellationReason;
import com.fundguard.bank.iso20022.CancellationRequest;
import com.fundguard.bank.iso20022.StatementEntry;
import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.payment.application.Ledger;
import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.sandbox.payment.domain.BookingKind;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recalls (camt.055 in, camt.029 out) through {@link HttpBankChannel} against the running sandbox bank over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fundguard.sandbox.cancellation-cut-off=PT30M")
@WithRealInfrastructure
class CancellationIT {

    @TempDir static Path directory;

    @LocalServerPort int port;
    @Autowired AccountOpening accounts;
    @Autowired OnlineBanking onlineBanking;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    SandboxCustomer customer;
    HttpBankChannel channel;
    String payer;
    String payee;

    @BeforeEach
    void aCustomerWithTwoAccounts() throws Exception {
        customer = new SandboxCustomer(directory);
        channel = new HttpBankChannel(URI.create("http://localhost:" + port + "/channel/v1"), SSLContext.getDefault(), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        payer = customer.openWithOnlineBanking(accounts, onlineBanking, "10000.00");
        payee = newAccount();
        accounts.open(payee, "Shanghai Steel Co.", SandboxCustomer.CNY, BigDecimal.ZERO);
    }

    @AfterEach
    void close() {
        channel.close();
    }

    BigDecimal balance(String account) {
        return accounts.find(account).orElseThrow().balance();
    }

    String bookedToPayee(String endToEndId, String amount) {
        SubmissionOutcome outcome = channel.submit(customer.signed(order(endToEndId, payer, payee, "FGSANDBOX", amount)), login(payer));
        return ((SubmissionOutcome.Booked) outcome).bankReference();
    }

    CancellationRequest recall(String endToEndId, String amount) {
        return new CancellationRequest("Hangzhou Tea Trading Co.", payer, "FGSANDBOX", endToEndId, Optional.of("FG-" + endToEndId.substring(0, 20)),
                new BigDecimal(amount), SandboxCustomer.CNY, CancellationReason.DUPLICATE_PAYMENT);
    }

    HttpResponse<String> post(byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/channel/v1/cancellation-requests"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRecallBeforeTheCutOffReversesTheBookingOnBothAccountsAndTheStatementShowsBoth() {
        String id = newEndToEndId();
        String original = bookedToPayee(id, "1250.50");

        CancellationOutcome outcome = channel.requestCancellation(recall(id, "1250.50"));

        assertThat(outcome).isInstanceOf(CancellationOutcome.Cancelled.class);
        String reversal = ((CancellationOutcome.Cancelled) outcome).reversalReference();
        assertThat(reversal).startsWith("SBX-").isNotEqualTo(original);
        assertThat(balance(payer)).isEqualByComparingTo("10000.00");
        assertThat(balance(payee)).isEqualByComparingTo("0.00");
        assertThat(ledger.bookings(payer)).extracting(Booking::reference, Booking::kind, Booking::credit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(original, BookingKind.ISSUED_CREDIT_TRANSFER, false),
                org.assertj.core.groups.Tuple.tuple(reversal, BookingKind.ISSUED_CREDIT_TRANSFER_REVERSAL, true));
        assertThat(ledger.bookings(payee)).extracting(Booking::reference, Booking::kind, Booking::credit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(original, BookingKind.RECEIVED_CREDIT_TRANSFER, true),
                org.assertj.core.groups.Tuple.tuple(reversal, BookingKind.RECEIVED_CREDIT_TRANSFER_REVERSAL, false));

        byte[] camt053 = channel.statement(payer, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        List<StatementEntry> entries = new ArrayList<>();
        Camt053Reader.read(new ByteArrayInputStream(camt053), entries::add);
        assertThat(entries).extracting(StatementEntry::amount, StatementEntry::credit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("1250.50"), false), org.assertj.core.groups.Tuple.tuple(new BigDecimal("1250.50"), true));
        assertThat(new String(camt053, StandardCharsets.UTF_8)).contains("<RvslInd>true</RvslInd>", "<SubFmlyCd>RPCR</SubFmlyCd>");
    }

    @Test
    void aRepeatedRecallAnswersAsTheFirstAndReversesOnce() {
        String id = newEndToEndId();
        bookedToPayee(id, "300.00");

        CancellationOutcome first = channel.requestCancellation(recall(id, "300.00"));
        CancellationOutcome second = channel.requestCancellation(recall(id, "300.00"));

        assertThat(second).isEqualTo(first).isInstanceOf(CancellationOutcome.Cancelled.class);
        assertThat(ledger.bookings(payer)).hasSize(2);
        assertThat(balance(payer)).isEqualByComparingTo("10000.00");
        assertThat(balance(payee)).isEqualByComparingTo("0.00");
    }

    @Test
    void aRecallAfterTheCutOffIsRefusedAndChangesNothing() {
        String id = newEndToEndId();
        bookedToPayee(id, "300.00");
        // The order was booked 31 minutes ago: past this bank's 30-minute cut-off.
        jdbc.sql("UPDATE booking SET booked_at = booked_at - INTERVAL '31 minutes' WHERE end_to_end_id = ?").param(id).update();

        assertThat(channel.requestCancellation(recall(id, "300.00"))).isEqualTo(new CancellationOutcome.Refused("AGNT"));
        assertThat(channel.requestCancellation(recall(id, "300.00"))).isEqualTo(new CancellationOutcome.Refused("AGNT"));

        assertThat(ledger.bookings(payer)).hasSize(1);
        assertThat(balance(payer)).isEqualByComparingTo("9700.00");
        assertThat(balance(payee)).isEqualByComparingTo("300.00");
    }

    @Test
    void aRecallOfAnOrderTheBankNeverBookedIsRefusedNoOriginal() {
        String refusedId = newEndToEndId();
        channel.submit(customer.signed(order(refusedId, payer, payee, "FGSANDBOX", "10000.01")), login(payer));

        assertThat(channel.requestCancellation(recall(newEndToEndId(), "10.00"))).isEqualTo(new CancellationOutcome.Refused("NOOR"));
        assertThat(channel.requestCancellation(recall(refusedId, "10000.01"))).isEqualTo(new CancellationOutcome.Refused("NOOR"));
        assertThat(ledger.bookings(payer)).isEmpty();
    }

    @Test
    void aRecallNamingAnotherAmountIsRefusedNoOriginalAndChangesNothing() {
        String id = newEndToEndId();
        bookedToPayee(id, "300.00");

        assertThat(channel.requestCancellation(recall(id, "30.00"))).isEqualTo(new CancellationOutcome.Refused("NOOR"));
        assertThat(balance(payer)).isEqualByComparingTo("9700.00");
        assertThat(channel.requestCancellation(recall(id, "300.00"))).isInstanceOf(CancellationOutcome.Cancelled.class);
    }

    @Test
    void aMalformedCancellationRequestIsRefusedWithAClearProblemAndChangesNothing() throws Exception {
        String id = newEndToEndId();
        bookedToPayee(id, "300.00");
        String withoutAmount = new String(Camt055Writer.write(recall(id, "300.00"), Instant.now()), StandardCharsets.UTF_8)
                .replaceAll("<OrgnlInstdAmt[^>]*>[^<]*</OrgnlInstdAmt>", "");

        HttpResponse<String> response = post(withoutAmount.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:fundguard:bank:malformed-cancellation-request", "OrgnlInstdAmt");
        assertThat(post("not xml at all".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(ledger.bookings(payer)).hasSize(1);
        assertThat(balance(payer)).isEqualByComparingTo("9700.00");
    }

    @Test
    void anExternalEntityInARecallIsNotExpanded() throws Exception {
        String id = newEndToEndId();
        bookedToPayee(id, "300.00");
        Path secret = Files.writeString(directory.resolve("secret-" + id + ".txt"), id);
        String hostile = new String(Camt055Writer.write(recall(id, "300.00"), Instant.now()), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY e2e SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<OrgnlEndToEndId>" + id + "</OrgnlEndToEndId>", "<OrgnlEndToEndId>&e2e;</OrgnlEndToEndId>");

        HttpResponse<String> response = post(hostile.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("malformed-cancellation-request");
        assertThat(ledger.bookings(payer)).hasSize(1);
        assertThat(balance(payer)).isEqualByComparingTo("9700.00");
    }
}
