package com.fundguard.reconciliation.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.events.EventTopics;
import com.fundguard.reconciliation.reconciliation.application.AccountKey;
import com.fundguard.reconciliation.reconciliation.application.AccountReconciliation;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.PlatformEvents;
import com.fundguard.test.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements imported through the API against transfers bank-connector reported executed (its events through the real
 * broker): each run's matches settle transfers, each difference becomes its case, and the facts go out on the topic.
 * The sweep's schedule is set far off; each test runs reconciliation itself, as the sweep would.
 */
@SpringBootTest(properties = {"fundguard.reconciliation.every=1h", "fundguard.reconciliation.tolerances.CNY.fee=50.00",
        "fundguard.reconciliation.tolerances.CNY.rounding=0.01"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import(PlatformEvents.class)
class AccountReconciliationIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");
    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired MockMvc mvc;
    @Autowired PlatformEvents events;
    @Autowired AccountReconciliation reconciliation;
    @Autowired JdbcClient jdbc;
    @Autowired EventTopics topics;
    @Autowired JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();
    final String account = "CN62" + enterprise.toString().substring(0, 8).toUpperCase();
    final AccountKey key = new AccountKey(enterprise, account, CNY);
    final LocalDate today = LocalDate.now(SHANGHAI);
    int statements;

    /** A transfer bank-connector reports: executed, failed or of unknown outcome, as its ExecutionEventsV1 say. */
    UUID reported(String outcome, String amount, Instant at) {
        UUID transfer = UUID.randomUUID();
        String movement = """
                {"payerAccount":"%s","payeeAccount":"31001234567890","amount":"%s","currency":"CNY"}""".formatted(account, amount);
        PlatformEvents.Event event = switch (outcome) {
            case "executed" -> events.event(enterprise, "com.fundguard.execution.executed.v1", transfer, at, """
                    {"transferId":"%s","reference":"TR-1","endToEndId":"E2E-%s","attempt":1,"bankReference":"BR-%s",\
                    "byInquiry":false,"movement":%s,"executedAt":"%s"}""".formatted(transfer, transfer, transfer, movement, at));
            case "outcome-unknown" -> events.event(enterprise, "com.fundguard.execution.outcome-unknown.v1", transfer, at, """
                    {"transferId":"%s","reference":"TR-1","endToEndId":"E2E-%s","attempt":1,"why":"lease expired while sending",\
                    "inquiryDueAt":"%s","movement":%s,"at":"%s"}""".formatted(transfer, transfer, at.plusSeconds(300), movement, at));
            default -> throw new IllegalArgumentException(outcome);
        };
        events.publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM expected_movement WHERE transfer_id = ?")
                .param(transfer).query(Long.class).single() == 1);
        return transfer;
    }

    UUID executed(String amount) {
        return reported("executed", amount, Instant.now());
    }

    /** One :61:/:86: pair of an MT940 statement: a booking as the bank shows it. */
    record Booking(String mark, String amount, String bankReference, String endToEndId) {
        String lines(LocalDate day) {
            return ":61:" + day.format(YYMMDD) + day.format(MMDD) + mark + amount.replace('.', ',') + "NTRFNONREF//" + bankReference + "\r\n"
                    + ":86:/EREF/" + (endToEndId == null ? "NOTPROVIDED" : endToEndId) + "/IBAN/31001234567890/NAME/Shanghai Steel Co.\r\n";
        }
    }

    static Booking debit(String amount, String bankReference, UUID transfer) {
        return new Booking("D", amount, bankReference, transfer == null ? null : "E2E-" + transfer);
    }

    static Booking credit(String amount, String bankReference, UUID transfer) {
        return new Booking("C", amount, bankReference, "E2E-" + transfer);
    }

    /** Imports an MT940 statement of the account for today with these bookings, as the accounting side uploads it. */
    void statement(Booking... bookings) throws Exception {
        statementAnswering(201, bookings);
    }

    /** The statement opens with 1,000,000.00 and closes with what its bookings leave. */
    void statementAnswering(int status, Booking... bookings) throws Exception {
        statements++;
        StringBuilder mt940 = new StringBuilder(":20:STMT-" + statements + "-" + UUID.randomUUID().toString().substring(0, 6) + "\r\n:25:" + account
                + "\r\n:28C:" + statements + "/1\r\n:60F:C" + today.format(YYMMDD) + "CNY1000000,00\r\n");
        for (Booking booking : bookings) {
            mt940.append(booking.lines(today));
        }
        java.math.BigDecimal closing = new java.math.BigDecimal("1000000.00");
        for (Booking booking : bookings) {
            java.math.BigDecimal amount = new java.math.BigDecimal(booking.amount());
            closing = booking.mark().equals("C") ? closing.add(amount) : closing.subtract(amount);
        }
        mt940.append(":62F:C").append(today.format(YYMMDD)).append("CNY").append(closing.toPlainString().replace('.', ',')).append("\r\n-\r\n");
        mvc.perform(post("/api/enterprises/{e}/statements", enterprise)
                        .with(jwt().jwt(t -> t.subject(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString())
                                .claim("roles", List.of("AUDITOR"))))
                        .param("format", "MT940").param("filename", "statement-" + statements + ".sta")
                        .contentType("application/octet-stream").content(mt940.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is(status));
    }

    List<Map<String, Object>> cases() {
        return jdbc.sql("SELECT type, state, amount FROM discrepancy_case WHERE enterprise_id = ? ORDER BY opened_at").param(enterprise)
                .query().listOfRows();
    }

    List<String> caseTypes() {
        return cases().stream().map(c -> (String) c.get("type")).toList();
    }

    List<Map<String, Object>> matches() {
        return jdbc.sql("SELECT pass, rule, difference FROM reconciliation_match WHERE enterprise_id = ?").param(enterprise).query().listOfRows();
    }

    Map<String, Long> outcomes() {
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        jdbc.sql("SELECT outcome, count(*) AS n FROM examined_line WHERE enterprise_id = ? GROUP BY outcome").param(enterprise)
                .query(rs -> {
                    outcomes.put(rs.getString("outcome"), rs.getLong("n"));
                });
        return outcomes;
    }

    JsonNode awaitEvent(TopicReader reader, String type, UUID transfer) {
        List<ConsumerRecord<String, String>> records = reader.awaitRecords(all -> all.stream()
                .anyMatch(r -> transfer.toString().equals(r.key()) && r.value().contains(type)));
        return records.stream().filter(r -> transfer.toString().equals(r.key()) && r.value().contains(type))
                .map(r -> json.readTree(r.value()).get("data")).findFirst().orElseThrow();
    }

    @Test
    void anExecutedTransferOnTheStatementIsMatchedByItsEndToEndIdAndSettledWithTheBanksReference() throws Exception {
        UUID transfer = executed("1250.00");
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("reconciliation"))) {
            statement(debit("1250.00", "FGSB-1", transfer));
            assertThat(reconciliation.reconcile(key)).isEqualTo(new AccountReconciliation.RunOutcome(1, 1, 0, 0));

            JsonNode settled = awaitEvent(reader, "transfer-settled.v1", transfer);
            assertThat(settled.get("bankReference").asString()).isEqualTo("FGSB-1");
            assertThat(settled.get("amount").asString()).isEqualTo("1250.00");
            assertThat(settled.get("pass").asString()).isEqualTo("EXACT_REFERENCE");
            assertThat(settled.get("rule").asString()).isEqualTo("END_TO_END_ID");
            assertThat(settled.get("resolvedUnknownOutcome").asBoolean()).isFalse();
        }
        assertThat(caseTypes()).isEmpty();
        assertThat(outcomes()).isEqualTo(Map.of("MATCHED", 1L));
        assertThat(reconciliation.reconcile(key)).as("a second run finds nothing left to decide").isEqualTo(new AccountReconciliation.RunOutcome(0, 0, 0, 0));
    }

    @Test
    void aStatementLineSettlesAnUnknownOutcomeAutomaticallyAndTellsTheDispatcherItIsBooked() throws Exception {
        UUID transfer = reported("outcome-unknown", "880.00", Instant.now());
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("reconciliation"))) {
            statement(debit("880.00", "FGSB-2", transfer));
            reconciliation.reconcile(key);
            JsonNode settled = awaitEvent(reader, "transfer-settled.v1", transfer);
            assertThat(settled.get("resolvedUnknownOutcome").asBoolean()).isTrue();
            assertThat(settled.get("bankReference").asString()).isEqualTo("FGSB-2");
        }
        assertThat(cases()).singleElement().satisfies(c -> {
            assertThat(c.get("type")).isEqualTo("UNKNOWN_OUTCOME_RESOLVED");
            assertThat(c.get("state")).isEqualTo("RESOLVED");
        });
    }

    @Test
    void aDebitNoTransferExplainsIsABankDebitWithoutTransferCaseAnnouncedAtOnce() throws Exception {
        executed("1250.00");
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("reconciliation"))) {
            statement(debit("49999.00", "FGSB-3", null));
            reconciliation.reconcile(key);
            List<ConsumerRecord<String, String>> opened = reader.awaitRecords(all -> all.stream()
                    .anyMatch(r -> r.value().contains("discrepancy-opened.v1") && r.value().contains(enterprise.toString())));
            assertThat(opened).filteredOn(r -> r.value().contains(enterprise.toString()) && r.value().contains("discrepancy-opened.v1"))
                    .singleElement().satisfies(r -> assertThat(r.value()).contains("BANK_DEBIT_WITHOUT_TRANSFER"));
        }
        assertThat(caseTypes()).containsExactly("BANK_DEBIT_WITHOUT_TRANSFER");
        assertThat(outcomes()).isEqualTo(Map.of("IN_CASE", 1L));
    }

    @Test
    void aDebitCarryingTheTransfersReferenceWithAnotherAmountIsAnAmountMismatch() throws Exception {
        UUID transfer = executed("1250.00");
        statement(debit("1520.00", "FGSB-4", transfer));
        reconciliation.reconcile(key);
        assertThat(caseTypes()).containsExactly("AMOUNT_MISMATCH");
        assertThat(matches()).isEmpty();
    }

    @Test
    void theSameDebitBookedTwiceIsADuplicateButTheSameBookingReportedAgainIsNot() throws Exception {
        UUID transfer = executed("1250.00");
        statement(debit("1250.00", "FGSB-5", transfer));
        reconciliation.reconcile(key);
        // the day's statement fetched again, now with a second booking of the same payment
        statement(debit("1250.00", "FGSB-5", transfer), debit("1250.00", "FGSB-6", transfer));
        reconciliation.reconcile(key);

        assertThat(caseTypes()).containsExactly("DUPLICATE_DEBIT");
        assertThat(matches()).hasSize(1);
        assertThat(outcomes()).isEqualTo(Map.of("IN_CASE", 1L, "MATCHED", 1L, "REPEATED", 1L));
    }

    @Test
    void moneyComingBackOpensAReturnedPaymentCaseAndMarksTheTransferReturned() throws Exception {
        UUID transfer = executed("1250.00");
        statement(debit("1250.00", "FGSB-7", transfer));
        reconciliation.reconcile(key);
        try (TopicReader reader = new TopicReader(bootstrapServers, topics.of("reconciliation"))) {
            statement(credit("1250.00", "FGSB-8", transfer));
            reconciliation.reconcile(key);
            JsonNode returned = awaitEvent(reader, "transfer-returned.v1", transfer);
            assertThat(returned.get("amount").asString()).isEqualTo("1250.00");
            assertThat(returned.get("caseId").asString()).isNotBlank();
        }
        assertThat(caseTypes()).containsExactly("RETURNED_PAYMENT");
    }

    @Test
    void aBankChargeWithinTheToleranceMatchesAndOpensAFeeCase() throws Exception {
        UUID transfer = executed("1250.00");
        statement(debit("1265.00", "FGSB-9", transfer));
        reconciliation.reconcile(key);
        assertThat(matches()).singleElement().satisfies(m -> {
            assertThat(m.get("pass")).isEqualTo("TOLERANCE");
            assertThat(m.get("rule")).isEqualTo("REFERENCE_WITHIN_FEE");
            assertThat((java.math.BigDecimal) m.get("difference")).isEqualByComparingTo("15.00");
        });
        assertThat(cases()).singleElement().satisfies(c -> {
            assertThat(c.get("type")).isEqualTo("FEE");
            assertThat((java.math.BigDecimal) c.get("amount")).isEqualByComparingTo("15.00");
        });
    }

    @Test
    void anExecutedTransferWithNoDebitByTheCutOffIsACaseOnce() throws Exception {
        UUID late = reported("executed", "300.00", Instant.now().minus(Duration.ofDays(3)));
        UUID recent = executed("400.00");
        reconciliation.findMissingDebits(1000);
        reconciliation.findMissingDebits(1000);

        assertThat(jdbc.sql("SELECT t.transfer_id FROM discrepancy_case c JOIN discrepancy_case_transfer t ON t.case_id = c.id "
                        + "WHERE c.enterprise_id = ? AND c.type = 'TRANSFER_WITHOUT_BANK_DEBIT'").param(enterprise).query(UUID.class).list())
                .containsExactly(late).doesNotContain(recent);
    }

    @Test
    void aDayWhoseLinesAreAllMatchedOrSetAsideClosesAndThenRefusesALateStatementForIt() throws Exception {
        UUID transfer = executed("1250.00");
        statement(debit("1250.00", "FGSB-12", transfer), new Booking("C", "5000.00", "FGSB-13", null));
        reconciliation.reconcile(key);
        var auditor = jwt().jwt(t -> t.subject(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of("AUDITOR")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/enterprises/{e}/accounts/{a}/books",
                        enterprise, account).with(auditor).contentType("application/json")
                .content("{\"firstDay\":\"" + today + "\",\"openingBalance\":{\"value\":\"1000000.00\",\"currency\":\"CNY\"}}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/enterprises/{e}/accounts/{a}/days/{d}/close", enterprise, account, today).with(auditor))
                .andExpect(status().isOk());

        long lines = jdbc.sql("SELECT count(*) FROM statement_line WHERE enterprise_id = ?").param(enterprise).query(Long.class).single();
        statementAnswering(422, debit("99.00", "FGSB-14", null));
        assertThat(jdbc.sql("SELECT count(*) FROM statement_line WHERE enterprise_id = ?").param(enterprise).query(Long.class).single())
                .as("the closed day took no line").isEqualTo(lines);
    }

    @Test
    void incomingMoneyNoTransferConcernsIsSetAsideAndTheCloseCountsTheLinesReconciled() throws Exception {
        UUID transfer = executed("1250.00");
        statement(debit("1250.00", "FGSB-10", transfer), new Booking("C", "5000.00", "FGSB-11", null));
        reconciliation.reconcile(key);
        assertThat(outcomes()).isEqualTo(Map.of("MATCHED", 1L, "UNRELATED", 1L));
        assertThat(caseTypes()).isEmpty();
    }
}
