package com.fundguard.sandbox.payment.adapter.in.web;

import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.login;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.newAccount;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.newEndToEndId;
import static com.fundguard.sandbox.payment.adapter.in.web.SandboxCustomer.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fundguard.bank.channel.HttpBankChannel;
import com.fundguard.bank.channel.InquiryOutcome;
import com.fundguard.bank.channel.OnlineBankingLogin;
import com.fundguard.bank.channel.OrderNotSentException;
import com.fundguard.bank.channel.OutcomeUnknownException;
import com.fundguard.bank.channel.SignedOrder;
import com.fundguard.bank.channel.SubmissionOutcome;
import com.fundguard.bank.iso20022.Camt053Reader;
import com.fundguard.bank.iso20022.StatementEntry;
import com.fundguard.sandbox.account.application.AccountFreezing;
import com.fundguard.sandbox.account.application.AccountOpening;
import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.fault.domain.FaultKind;
import com.fundguard.sandbox.fault.domain.FaultRule;
import com.fundguard.sandbox.fault.domain.FaultRules;
import com.fundguard.sandbox.payment.application.DirectDebiting;
import com.fundguard.sandbox.payment.application.Ledger;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@link HttpBankChannel} against the running sandbox bank over real HTTP: every outcome of the protocol. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class BankChannelIT {

    @TempDir static Path directory;

    @LocalServerPort int port;
    @Autowired AccountOpening accounts;
    @Autowired AccountFreezing freezing;
    @Autowired OnlineBanking onlineBanking;
    @Autowired FaultRules faults;
    @Autowired Ledger ledger;
    @Autowired DirectDebiting directDebiting;

    SandboxCustomer customer;
    HttpBankChannel channel;
    String payer;
    String payee;

    @BeforeEach
    void aCustomerWithTwoAccounts() throws Exception {
        customer = new SandboxCustomer(directory);
        channel = channel(Duration.ofSeconds(5));
        payer = customer.openWithOnlineBanking(accounts, onlineBanking, "10000.00");
        payee = newAccount();
        accounts.open(payee, "Shanghai Steel Co.", SandboxCustomer.CNY, BigDecimal.ZERO);
    }

    @AfterEach
    void noFaults() {
        faults.clear();
        channel.close();
    }

    HttpBankChannel channel(Duration requestTimeout) throws Exception {
        return new HttpBankChannel(URI.create("http://localhost:" + port + "/channel/v1"), SSLContext.getDefault(), Duration.ofSeconds(2), requestTimeout);
    }

    BigDecimal balance(String account) {
        return accounts.find(account).orElseThrow().balance();
    }

    SignedOrder toPayee(String endToEndId, String amount) {
        return customer.signed(order(endToEndId, payer, payee, "FGSANDBOX", amount));
    }

    @Test
    void aBookedOrderMovesTheMoneyOnceAndInquirySaysBooked() {
        String id = newEndToEndId();

        SubmissionOutcome outcome = channel.submit(toPayee(id, "1250.50"), login(payer));

        assertThat(outcome).isInstanceOfSatisfying(SubmissionOutcome.Booked.class, booked -> assertThat(booked.bankReference()).startsWith("SBX-"));
        String reference = ((SubmissionOutcome.Booked) outcome).bankReference();
        assertThat(balance(payer)).isEqualByComparingTo("8749.50");
        assertThat(balance(payee)).isEqualByComparingTo("1250.50");
        assertThat(ledger.bookings(payer)).singleElement().satisfies(b -> {
            assertThat(b.reference()).isEqualTo(reference);
            assertThat(b.endToEndId()).isEqualTo(id);
            assertThat(b.credit()).isFalse();
        });
        assertThat(channel.inquire(payer, id)).isEqualTo(new InquiryOutcome.Known("ACSC", Optional.empty(), Optional.of(reference)));
    }

    @Test
    void aCreditorAtAnotherBankIsOnlyDebitedHere() {
        SubmissionOutcome outcome = channel.submit(customer.signed(order(newEndToEndId(), payer, "31001234567890", "CCBCCNBJ", "100.00")), login(payer));

        assertThat(outcome).isInstanceOf(SubmissionOutcome.Booked.class);
        assertThat(balance(payer)).isEqualByComparingTo("9900.00");
    }

    @Test
    void refusalsCarryTheirIsoReasonAndBookNothing() {
        assertThat(channel.submit(customer.signed(order(newEndToEndId(), payer, newAccount(), "FGSANDBOX", "1.00")), login(payer)))
                .isEqualTo(new SubmissionOutcome.Rejected("AC01"));
        assertThat(channel.submit(toPayee(newEndToEndId(), "10000.01"), login(payer))).isEqualTo(new SubmissionOutcome.Rejected("AM04"));
        assertThat(channel.submit(SandboxCustomer.signedBy(customer.strangerUkey, order(newEndToEndId(), payer, payee, "FGSANDBOX", "1.00")),
                login(payer))).isEqualTo(new SubmissionOutcome.Rejected("DS0A"));
        SignedOrder valid = toPayee(newEndToEndId(), "1.00");
        byte[] garbage = "<Document>not a payment order</Document>".getBytes(StandardCharsets.UTF_8);
        SignedOrder unreadable = new SignedOrder(payer, valid.endToEndId(), garbage, customer.ukey.sign(garbage, SandboxCustomer.UKEY_PIN.toCharArray()));
        assertThat(channel.submit(unreadable, login(payer))).isEqualTo(new SubmissionOutcome.Rejected("FF01"));
        freezing.freeze(payer);
        String frozenId = newEndToEndId();
        assertThat(channel.submit(toPayee(frozenId, "1.00"), login(payer))).isEqualTo(new SubmissionOutcome.Rejected("AC06"));

        assertThat(ledger.bookings(payer)).isEmpty();
        assertThat(balance(payer)).isEqualByComparingTo("10000.00");
        assertThat(channel.inquire(payer, frozenId)).isEqualTo(new InquiryOutcome.Known("RJCT", Optional.of("AC06"), Optional.empty()));
    }

    @Test
    void aReusedEndToEndIdIsADuplicateAndStillOneBooking() {
        String id = newEndToEndId();
        assertThat(channel.submit(toPayee(id, "10.00"), login(payer))).isInstanceOf(SubmissionOutcome.Booked.class);

        assertThat(channel.submit(toPayee(id, "10.00"), login(payer))).isInstanceOf(SubmissionOutcome.DuplicateAtBank.class);

        assertThat(ledger.bookings(payer)).hasSize(1);
        assertThat(balance(payer)).isEqualByComparingTo("9990.00");
    }

    @Test
    void aWrongPasswordIsARefusedLoginAndBooksNothing() {
        OnlineBankingLogin wrong = new OnlineBankingLogin(payer, "not the password".toCharArray());

        assertThat(channel.submit(toPayee(newEndToEndId(), "10.00"), wrong)).isInstanceOf(SubmissionOutcome.LoginRefused.class);
        assertThat(ledger.bookings(payer)).isEmpty();
    }

    @Test
    void anOrderTheBankNeverSawIsNoSuchOrder() {
        assertThat(channel.inquire(payer, newEndToEndId())).isInstanceOf(InquiryOutcome.NoSuchOrder.class);
    }

    @Test
    void theStatementOfTheDayReadsWithCamt053ReaderAndItsBalancesAddUp() throws Exception {
        channel.submit(toPayee(newEndToEndId(), "300.00"), login(payer));
        directDebiting.debit(payer, new BigDecimal("45.60"), "9558800200112233", "State Grid Hangzhou");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        byte[] camt053 = channel.statement(payer, today);

        List<StatementEntry> entries = new ArrayList<>();
        Camt053Reader.read(new ByteArrayInputStream(camt053), entries::add);
        assertThat(entries).extracting(StatementEntry::amount).containsExactly(new BigDecimal("300.00"), new BigDecimal("45.60"));
        assertThat(entries).allSatisfy(e -> assertThat(e.credit()).isFalse());
        BigDecimal opening = balance(camt053, "OPBD");
        BigDecimal closing = balance(camt053, "CLBD");
        assertThat(opening).isEqualByComparingTo("10000.00");
        assertThat(closing).isEqualByComparingTo("9654.40").isEqualByComparingTo(balance(payer));
    }

    static BigDecimal balance(byte[] camt053, String type) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(camt053));
        return new BigDecimal(XPathFactory.newInstance().newXPath()
                .evaluate("//Bal[Tp/CdOrPrtry/Cd='" + type + "']/Amt", document).trim());
    }

    @Test
    void latencyBeyondTheClientsTimeoutIsAnUnknownOutcomeThatInquiryResolves() throws Exception {
        String id = newEndToEndId();
        faults.replaceWith(List.of(FaultRule.forOrder(FaultKind.LATENCY, 1500, id, 1)));

        try (HttpBankChannel impatient = channel(Duration.ofMillis(500))) {
            assertThatThrownBy(() -> impatient.submit(toPayee(id, "10.00"), login(payer))).isInstanceOf(OutcomeUnknownException.class);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(channel.inquire(payer, id)).isInstanceOfSatisfying(InquiryOutcome.Known.class, known -> assertThat(known.booked()).isTrue()));
    }

    @Test
    void aServerErrorIsAnUnknownOutcomeWithNothingBooked() {
        String id = newEndToEndId();
        faults.replaceWith(List.of(FaultRule.forOrder(FaultKind.SERVER_ERROR, 0, id, 1)));

        assertThatThrownBy(() -> channel.submit(toPayee(id, "10.00"), login(payer))).isInstanceOf(OutcomeUnknownException.class);

        assertThat(ledger.bookings(payer)).isEmpty();
        assertThat(channel.inquire(payer, id)).isInstanceOf(InquiryOutcome.NoSuchOrder.class);
    }

    @Test
    void aDroppedAnswerAfterBookingIsAnUnknownOutcomeAndInquirySaysBooked() {
        String id = newEndToEndId();
        faults.replaceWith(List.of(FaultRule.forOrder(FaultKind.DROPPED_RESPONSE, 0, id, 1)));

        assertThatThrownBy(() -> channel.submit(toPayee(id, "10.00"), login(payer))).isInstanceOf(OutcomeUnknownException.class);

        assertThat(channel.inquire(payer, id)).isInstanceOfSatisfying(InquiryOutcome.Known.class, known -> {
            assertThat(known.status()).isEqualTo("ACSC");
            assertThat(known.bankReference()).isPresent();
        });
        assertThat(ledger.bookings(payer)).hasSize(1);
    }

    @Test
    void injectedRefusalsAnswerTheirReasonCodes() throws Exception {
        String funds = newEndToEndId();
        String account = newEndToEndId();
        String frozen = newEndToEndId();
        HttpResponse<String> set = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/faults"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        [{"kind": "INSUFFICIENT_FUNDS", "endToEndId": "%s", "times": 1},
                         {"kind": "INVALID_ACCOUNT", "endToEndId": "%s"},
                         {"kind": "FROZEN_ACCOUNT", "endToEndId": "%s"}]
                        """.formatted(funds, account, frozen))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(set.statusCode()).isEqualTo(200);

        assertThat(channel.submit(toPayee(funds, "1.00"), login(payer))).isEqualTo(new SubmissionOutcome.Rejected("AM04"));
        assertThat(channel.submit(toPayee(account, "1.00"), login(payer))).isEqualTo(new SubmissionOutcome.Rejected("AC01"));
        assertThat(channel.submit(toPayee(frozen, "1.00"), login(payer))).isEqualTo(new SubmissionOutcome.Rejected("AC06"));
        assertThat(ledger.bookings(payer)).isEmpty();
    }

    @Test
    void aRandomFaultWithASeedStrikesTheSameOrdersEveryRun() {
        FaultRule first = FaultRule.atRandom(FaultKind.INSUFFICIENT_FUNDS, 0, 0.5, 42);
        FaultRule second = FaultRule.atRandom(FaultKind.INSUFFICIENT_FUNDS, 0, 0.5, 42);
        List<Boolean> firstRun = new ArrayList<>();
        List<Boolean> secondRun = new ArrayList<>();
        faults.replaceWith(List.of(first));
        for (int i = 0; i < 6; i++) {
            firstRun.add(channel.submit(toPayee(newEndToEndId(), "1.00"), login(payer)) instanceof SubmissionOutcome.Rejected);
        }
        faults.replaceWith(List.of(second));
        for (int i = 0; i < 6; i++) {
            secondRun.add(channel.submit(toPayee(newEndToEndId(), "1.00"), login(payer)) instanceof SubmissionOutcome.Rejected);
        }

        assertThat(secondRun).isEqualTo(firstRun).contains(true, false);
    }

    @Test
    void aBankThatRefusesTheConnectionNeverGotTheOrder() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HttpBankChannel nowhere = new HttpBankChannel(URI.create("http://localhost:" + closedPort + "/channel/v1"), SSLContext.getDefault(),
                Duration.ofSeconds(2), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> nowhere.submit(toPayee(newEndToEndId(), "1.00"), login(payer))).isInstanceOf(OrderNotSentException.class);
        }
    }
}
