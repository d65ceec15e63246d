package com.fundguard.reconciliation.recall.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.reconciliation.ClockForTests;
import com.fundguard.test.time.MovableClock;
import com.fundguard.reconciliation.bank.DroppingFront;
import com.fundguard.reconciliation.bank.SandboxBankProcess;
import com.fundguard.reconciliation.recall.adapter.in.schedule.RecallFollowUp;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.PlatformEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Recalls against bank-sandbox running as its own process, over real HTTP (camt.055 out, camt.029 back): the transfer
 * is booked at the bank through the channel as the operator agent books it, and known here from bank-connector's
 * execution event as bank-connector publishes it.
 */
@SpringBootTest(properties = {"fundguard.recall.window=24h", "fundguard.recall.follow-up=5m", "fundguard.recall.follow-up-interval=1h",
        "fundguard.statements.pull.cron=-", "fundguard.banks.attempts=1"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({ClockForTests.class, PlatformEvents.class})
class RecallIT {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final String PAYER = SandboxBankProcess.newAccount();
    static final String PAYEE = SandboxBankProcess.newAccount();

    static SandboxBankProcess bank;
    static DroppingFront network;
    static boolean opened;

    @DynamicPropertySource
    static void theBankBehindANetworkThatCanLoseAnswers(DynamicPropertyRegistry properties) {
        // The sandbox's own cut-off: one hour after booking (its default), stated here because the tests rely on it.
        bank = SandboxBankProcess.start("recall_sandbox", Map.of("FUNDGUARD_SANDBOX_CANCELLATION_CUT_OFF", "PT1H"));
        try {
            network = new DroppingFront(bank.uri(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.add("fundguard.banks.channels.FGSANDBOX.uri", () -> network.uri("/channel/v1").toString());
        properties.add("fundguard.statements.pull.accounts[0].enterprise-id", ENTERPRISE::toString);
        properties.add("fundguard.statements.pull.accounts[0].account", () -> PAYER);
        properties.add("fundguard.statements.pull.accounts[0].bank-code", () -> "FGSANDBOX");
        properties.add("fundguard.statements.pull.accounts[0].holder-name", () -> "Hangzhou Tea Trading Co.");
    }

    @AfterAll
    static void stopTheBank() throws InterruptedException {
        if (network != null) {
            network.close();
        }
        if (bank != null) {
            bank.close();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformEvents events;
    @Autowired MovableClock clock;
    @Autowired RecallFollowUp followUp;

    final UUID authorizer = UUID.randomUUID();

    @BeforeEach
    void theEnterprisesAccountsAtTheBank() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));
        network.dropAnswers(0);
        if (!opened) {
            bank.open(PAYER, "Hangzhou Tea Trading Co.", "100000.00");
            bank.open(PAYEE, "Shanghai Steel Co.", "0.00");
            opened = true;
        }
    }

    static RequestPostProcessor person(UUID person, UUID enterprise, String... roles) {
        return jwt().jwt(token -> token.subject(person.toString()).claim("enterprise_id", enterprise.toString()).claim("roles", List.of(roles)));
    }

    /** A transfer booked at the bank and reported executed by bank-connector at {@code executedAt}; its id. */
    UUID executedTransfer(String amount, Instant executedAt) {
        UUID transfer = UUID.randomUUID();
        String endToEndId = transfer.toString().replace("-", "");
        String bankReference = bank.book(endToEndId, PAYER, PAYEE, amount);
        awaitApplied(events.publish(events.event(ENTERPRISE, "com.fundguard.execution.executed.v1", transfer, executedAt, """
                {"transferId":"%s","reference":"PAY-%s","endToEndId":"%s","attempt":1,"bankReference":"%s","byInquiry":false,\
                "movement":{"payerAccount":"%s","payeeAccount":"%s","amount":"%s","currency":"CNY"},"executedAt":"%s"}"""
                .formatted(transfer, endToEndId.substring(0, 8), endToEndId, bankReference, PAYER, PAYEE, amount, executedAt))));
        return transfer;
    }

    void awaitApplied(PlatformEvents.Event event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM event_inbox WHERE event_id = ?")
                .param(event.id()).query(Long.class).single() == 1);
    }

    ResultActions recall(UUID transfer, String key, RequestPostProcessor caller) throws Exception {
        var request = post("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(caller)
                .contentType("application/json").content("{\"reason\":\"DUPLICATE_PAYMENT\"}");
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    ResultActions recall(UUID transfer, String key) throws Exception {
        return recall(transfer, key, person(authorizer, ENTERPRISE, "AUTHORIZER"));
    }

    long outboxed(UUID transfer, String type) {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ? AND event_type = ?").params(transfer.toString(), type)
                .query(Long.class).single();
    }

    long recallsOf(UUID transfer) {
        return jdbc.sql("SELECT count(*) FROM recall WHERE transfer_id = ?").param(transfer).query(Long.class).single();
    }

    @Test
    void anAuthorizerRecallsAnExecutedTransferBeforeTheBanksCutOffAndTheBankReversesItOnce() throws Exception {
        BigDecimal before = bank.balance(PAYER);
        UUID transfer = executedTransfer("1250.50", clock.instant());
        assertThat(bank.balance(PAYER)).isEqualByComparingTo(before.subtract(new BigDecimal("1250.50")));

        String recallId = recall(transfer, "recall-" + transfer)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.reason").value("DUPLICATE_PAYMENT"))
                .andExpect(jsonPath("$.requestedBy").value(authorizer.toString()))
                .andExpect(jsonPath("$.reversalReference").value(org.hamcrest.Matchers.startsWith("SBX-")))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"recallId\":\"([^\"]+)\".*", "$1");

        assertThat(bank.balance(PAYER)).isEqualByComparingTo(before);
        // The same request again (the same key): the recall as it stands, nothing sent, nothing reversed twice.
        recall(transfer, "recall-" + transfer).andExpect(status().isOk()).andExpect(jsonPath("$.recallId").value(recallId))
                .andExpect(jsonPath("$.state").value("ACCEPTED"));
        // Another request for the same transfer: one recall per transfer.
        recall(transfer, "another-" + transfer).andExpect(status().isConflict()).andExpect(jsonPath("$.recallId").value(recallId));
        mvc.perform(get("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(person(UUID.randomUUID(), ENTERPRISE, "AUDITOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED")).andExpect(jsonPath("$.attempts").value(1));

        assertThat(bank.balance(PAYER)).isEqualByComparingTo(before);
        assertThat(recallsOf(transfer)).isEqualTo(1);
        assertThat(outboxed(transfer, "com.fundguard.reconciliation.recall-requested.v1")).isEqualTo(1);
        assertThat(outboxed(transfer, "com.fundguard.reconciliation.recall-answered.v1")).isEqualTo(1);
    }

    @Test
    void afterTheBanksCutOffTheBankRefusesAndTheRefusalIsKeptWithItsReason() throws Exception {
        UUID transfer = executedTransfer("300.00", clock.instant());
        BigDecimal booked = bank.balance(PAYER);
        // Booked two hours ago at the bank: past its one-hour cut-off, though within our 24-hour window.
        bank.bookedEarlier(transfer.toString().replace("-", ""), Duration.ofHours(2));

        recall(transfer, "recall-" + transfer)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.bankReasonCode").value("AGNT"))
                .andExpect(jsonPath("$.nextAttemptAt").doesNotExist());

        assertThat(bank.balance(PAYER)).isEqualByComparingTo(booked);
        assertThat(outboxed(transfer, "com.fundguard.reconciliation.recall-answered.v1")).isEqualTo(1);
    }

    @Test
    void aRecallWhoseAnswerIsLostIsSentAgainAsTheSameRequestAndTheBankReversesOnce() throws Exception {
        BigDecimal before = bank.balance(PAYER);
        UUID transfer = executedTransfer("410.00", clock.instant());
        network.dropAnswers(1);

        // The bank got it (and reversed the booking), but its answer was lost: the recall waits, unanswered.
        recall(transfer, "recall-" + transfer)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andExpect(jsonPath("$.attempts").value(1))
                .andExpect(jsonPath("$.nextAttemptAt").value(clock.instant().plus(Duration.ofMinutes(5)).toString()));
        assertThat(network.dropped()).isEqualTo(1);
        assertThat(bank.balance(PAYER)).isEqualByComparingTo(before);
        assertThat(followUp.followUp()).as("not due before its follow-up time").isZero();

        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(followUp.followUp()).isEqualTo(1);

        // The same camt.055 again: the bank answers as it decided the first time and reverses nothing more.
        mvc.perform(get("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(person(authorizer, ENTERPRISE, "AUTHORIZER")))
                .andExpect(jsonPath("$.state").value("ACCEPTED")).andExpect(jsonPath("$.attempts").value(2));
        assertThat(bank.balance(PAYER)).isEqualByComparingTo(before);
        assertThat(outboxed(transfer, "com.fundguard.reconciliation.recall-answered.v1")).isEqualTo(1);
    }

    @Test
    void pastTheWindowSinceExecutionTheRecallIsRefusedNamingTheWindowAndNothingIsSent() throws Exception {
        UUID transfer = executedTransfer("99.00", clock.instant().minus(Duration.ofHours(24)).minusSeconds(1));
        BigDecimal booked = bank.balance(PAYER);

        recall(transfer, "recall-" + transfer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.window").value("PT24H"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("within PT24H of its execution")));

        assertThat(recallsOf(transfer)).isZero();
        assertThat(bank.balance(PAYER)).isEqualByComparingTo(booked);
    }

    @Test
    void aTransferThatFailedOrThatNobodyExecutedCannotBeRecalled() throws Exception {
        UUID failed = UUID.randomUUID();
        awaitApplied(events.publish(events.event(ENTERPRISE, "com.fundguard.execution.failed.v1", failed, clock.instant(), """
                {"transferId":"%s","reference":"PAY-F","endToEndId":"%s","attempt":1,"reasonCode":"AM04","byInquiry":false,\
                "movement":{"payerAccount":"%s","payeeAccount":"%s","amount":"10.00","currency":"CNY"},"failedAt":"%s"}"""
                .formatted(failed, failed.toString().replace("-", ""), PAYER, PAYEE, clock.instant()))));

        recall(failed, "recall-" + failed).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("FAILED")));
        UUID unknown = UUID.randomUUID();
        recall(unknown, "recall-" + unknown).andExpect(status().isNotFound());

        assertThat(recallsOf(failed) + recallsOf(unknown)).isZero();
    }

    @Test
    void onlyAnAuthorizerOfTheTransfersEnterpriseRecallsIt() throws Exception {
        UUID transfer = executedTransfer("20.00", clock.instant());
        BigDecimal booked = bank.balance(PAYER);

        recall(transfer, "k1", person(UUID.randomUUID(), UUID.randomUUID(), "AUTHORIZER")).andExpect(status().isForbidden());
        recall(transfer, "k2", person(UUID.randomUUID(), ENTERPRISE, "AUDITOR")).andExpect(status().isForbidden());
        recall(transfer, "k3", person(UUID.randomUUID(), ENTERPRISE, "APPLICANT")).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(person(UUID.randomUUID(), UUID.randomUUID(), "AUTHORIZER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(person(UUID.randomUUID(), ENTERPRISE, "APPLICANT")))
                .andExpect(status().isForbidden());

        assertThat(recallsOf(transfer)).isZero();
        assertThat(bank.balance(PAYER)).isEqualByComparingTo(booked);
    }

    @Test
    void aRequestWithoutAnIdempotencyKeyOrWithAnUnknownReasonIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        UUID transfer = executedTransfer("30.00", clock.instant());

        recall(transfer, null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(person(authorizer, ENTERPRISE, "AUTHORIZER"))
                        .header("Idempotency-Key", "k").contentType("application/json").content("{\"reason\":\"CHANGED_MY_MIND\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(recallsOf(transfer)).isZero();
        mvc.perform(get("/api/enterprises/{e}/transfers/{t}/recall", ENTERPRISE, transfer).with(person(authorizer, ENTERPRISE, "AUTHORIZER")))
                .andExpect(status().isNotFound());
    }
}
