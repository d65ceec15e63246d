package com.fundguard.reconciliation.report.adapter.in.web;

import static com.fundguard.test.web.Callers.holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import com.fundguard.reconciliation.discrepancy.application.OpenDiscrepancy;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.reconciliation.application.AccountKey;
import com.fundguard.reconciliation.reconciliation.application.AccountReconciliation;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.PlatformEvents;
import com.fundguard.test.time.MovableClock;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-cases and match-rate reports over data made the way production makes it: cases opened and worked through
 * DiscrepancyCases, transfers reported executed by bank-connector's events through the real broker, statements
 * uploaded as MT940 through the import API and reconciled by AccountReconciliation. The service's clock is the test's:
 * Tuesday 2026-12-01, 10:00 in Shanghai. The enterprise of the aged cases has a calendar of its own, with Monday
 * 2026-11-23 a holiday (everyone else's has none).
 */
@SpringBootTest(properties = {"fundguard.reconciliation.every=1h", "fundguard.reconciliation.tolerances.CNY.fee=50.00",
        "fundguard.discrepancies.scan-every=PT24H",
        "fundguard.discrepancies.enterprises.[" + ReconciliationReportsIT.AGED_ENTERPRISE + "].holidays=2026-11-23"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({PlatformEvents.class, ReconciliationReportsIT.TestClock.class})
class ReconciliationReportsIT {

    static final String AGED_ENTERPRISE = "7c0f3a52-8e4b-4d1e-a0c6-2f9d5b18e801";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = shanghai("2026-12-01T10:00");
    static final Currency CNY = Currency.getInstance("CNY");
    static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    @TestConfiguration
    static class TestClock {
        @Bean
        MovableClock movableClock() {
            return new MovableClock(NOW);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired MovableClock clock;
    @Autowired DiscrepancyCases cases;
    @Autowired AccountReconciliation reconciliation;
    @Autowired PlatformEvents events;
    @Autowired JdbcClient jdbc;

    final UUID auditor = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /**
     * The aged enterprise is a fixed one (its calendar is configured by its id), so each test starts it without cases; every
     * other enterprise of these tests is new to each test.
     */
    @BeforeEach
    void itIsTuesdayMorningAndTheAgedEnterpriseHasNoCases() {
        clock.set(NOW);
        for (String table : List.of("discrepancy_attachment", "discrepancy_log", "discrepancy_case_line", "discrepancy_case_transfer",
                "discrepancy_case")) {
            jdbc.sql("DELETE FROM " + table + " WHERE enterprise_id = ?").param(UUID.fromString(AGED_ENTERPRISE)).update();
        }
    }

    ResultActions report(UUID enterprise, String report, RequestPostProcessor caller, String... parameters) throws Exception {
        var request = get("/api/enterprises/{e}/reports/" + report, enterprise).with(caller);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    JsonNode jsonOf(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static List<NamedCsvRecord> csvOf(ResultActions result, String fileName) throws Exception {
        byte[] body = result.andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new String(body, StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        }
    }

    // ---- open cases by age

    final UUID agedEnterprise = UUID.fromString(AGED_ENTERPRISE);

    /** Opens a case at {@code openedAt} (Shanghai time) as a person raising it would, through DiscrepancyCases. */
    UUID caseOpenedAt(String openedAt, DiscrepancyType type, String account, String amount) {
        clock.set(shanghai(openedAt));
        UUID id = cases.open(new OpenDiscrepancy(agedEnterprise, type, account, CNY, new BigDecimal(amount), List.of(UUID.randomUUID()),
                List.of(), LocalDate.parse(openedAt.substring(0, 10)).minusDays(1), "raised for the report's test"));
        clock.set(NOW);
        return id;
    }

    record AgedCases(UUID today, UUID yesterdayProposed, UUID lastThursday, UUID beforeTheHoliday, UUID threeWeeksOld) {
    }

    /**
     * Five open cases of the aged enterprise, one per bucket boundary, a resolved one and an automatically resolved one
     * (neither counted), and another enterprise's case (not counted). Ages on Tuesday 2026-12-01 with the 23rd off:
     * <ul>
     * <li>opened today 09:00: 0 (0-1), due Wednesday noon, owned</li>
     * <li>opened Monday 15:00: 1 (0-1), due today noon, a resolution proposed</li>
     * <li>opened Thursday 26th: 3 (2-3), due Friday noon: overdue</li>
     * <li>opened Thursday 19th: 7 (4-7; 8 without the holiday), due Friday 20th noon: overdue</li>
     * <li>opened Monday 9th: 15 (&gt;7), due Tuesday 10th noon: overdue</li>
     * </ul>
     */
    AgedCases agedCases() {
        UUID threeWeeksOld = caseOpenedAt("2026-11-09T10:00", DiscrepancyType.FEE, "CN6222020200110009", "15.00");
        UUID beforeTheHoliday = caseOpenedAt("2026-11-19T10:00", DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, "CN6222020200110019",
                "1250.00");
        UUID lastThursday = caseOpenedAt("2026-11-26T11:00", DiscrepancyType.DUPLICATE_DEBIT, "CN6222020200110026", "980.50");
        UUID yesterday = caseOpenedAt("2026-11-30T15:00", DiscrepancyType.AMOUNT_MISMATCH, "CN6222020200110030", "300.00");
        UUID today = caseOpenedAt("2026-12-01T09:00", DiscrepancyType.BANK_DEBIT_WITHOUT_TRANSFER, "CN6222020200110001", "49999.00");
        UUID resolved = caseOpenedAt("2026-11-25T10:00", DiscrepancyType.AMOUNT_MISMATCH, "CN6222020200110025", "77.00");
        cases.assign(agedEnterprise, today, auditor, authorizer);
        cases.proposeResolution(agedEnterprise, yesterday, auditor, "the bank corrects the amount", "bank reply of 1 Dec");
        cases.proposeResolution(agedEnterprise, resolved, auditor, "booked as charged", "bank reply");
        cases.approveResolution(agedEnterprise, resolved, authorizer);
        cases.recordResolvedAutomatically(new OpenDiscrepancy(agedEnterprise, DiscrepancyType.UNKNOWN_OUTCOME_RESOLVED, "CN6222020200110001",
                CNY, new BigDecimal("880.00"), List.of(UUID.randomUUID()), List.of(UUID.randomUUID()), LocalDate.of(2026, 11, 30),
                "settled by the statement"), "the statement shows it booked");
        cases.open(new OpenDiscrepancy(UUID.randomUUID(), DiscrepancyType.FEE, "CN6299990000000001", CNY, BigDecimal.TEN,
                List.of(UUID.randomUUID()), List.of(), LocalDate.of(2026, 11, 30), "another enterprise's"));
        return new AgedCases(today, yesterday, lastThursday, beforeTheHoliday, threeWeeksOld);
    }

    @Test
    void openCasesAreCountedByBusinessDayAgeOnTheEnterprisesCalendarAndByTypeWithTheOverdueOnes() throws Exception {
        AgedCases aged = agedCases();

        JsonNode report = jsonOf(report(agedEnterprise, "open-cases", holding(auditor, agedEnterprise, "AUDITOR")));

        assertThat(report.get("asOf").asString()).isEqualTo("2026-12-01T02:00:00Z");
        assertThat(report.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(report.get("today").asString()).isEqualTo("2026-12-01");
        assertThat(report.get("total").get("cases").asInt()).isEqualTo(5);
        assertThat(report.get("total").get("overdue").asInt()).isEqualTo(3);
        assertThat(report.get("byAge").valueStream().map(b -> b.get("bucket").asString() + " " + b.get("cases").asInt() + "/"
                + b.get("overdue").asInt()).toList()).containsExactly("0-1 2/0", "2-3 1/1", "4-7 1/1", ">7 1/1");
        assertThat(report.get("byType").valueStream().map(t -> t.get("type").asString() + " " + t.get("cases").asInt() + "/"
                + t.get("overdue").asInt() + " " + t.get("byAge").valueStream().map(b -> b.get("cases").asInt() + "/" + b.get("overdue").asInt())
                .collect(Collectors.joining(" "))).toList())
                .containsExactly(
                        "BANK_DEBIT_WITHOUT_TRANSFER 2/1 1/0 0/0 1/1 0/0",
                        "AMOUNT_MISMATCH 1/0 1/0 0/0 0/0 0/0",
                        "DUPLICATE_DEBIT 1/1 0/0 1/1 0/0 0/0",
                        "FEE 1/1 0/0 0/0 0/0 1/1");
        assertThat(report.get("cases").valueStream().map(c -> tuple(c.get("id").asString(), c.get("type").asString(), c.get("ageBusinessDays").asInt(),
                        c.get("bucket").asString(), c.get("overdue").asBoolean(), c.get("state").asString())).toList())
                .containsExactly(
                        tuple(aged.threeWeeksOld().toString(), "FEE", 15, ">7", true, "OPEN"),
                        tuple(aged.beforeTheHoliday().toString(), "BANK_DEBIT_WITHOUT_TRANSFER", 7, "4-7", true, "OPEN"),
                        tuple(aged.lastThursday().toString(), "DUPLICATE_DEBIT", 3, "2-3", true, "OPEN"),
                        tuple(aged.yesterdayProposed().toString(), "AMOUNT_MISMATCH", 1, "0-1", false, "RESOLUTION_PROPOSED"),
                        tuple(aged.today().toString(), "BANK_DEBIT_WITHOUT_TRANSFER", 0, "0-1", false, "OPEN"));
        JsonNode beforeTheHoliday = report.get("cases").get(1);
        assertThat(beforeTheHoliday.get("account").asString()).isEqualTo("CN6222020200110019");
        assertThat(beforeTheHoliday.get("amount").asString()).isEqualTo("1250.00");
        assertThat(beforeTheHoliday.get("currency").asString()).isEqualTo("CNY");
        assertThat(beforeTheHoliday.get("transactionDate").asString()).isEqualTo("2026-11-18");
        assertThat(beforeTheHoliday.get("openedAt").asString()).isEqualTo("2026-11-19T02:00:00Z");
        assertThat(beforeTheHoliday.get("deadline").asString()).isEqualTo("2026-11-20T04:00:00Z");
        assertThat(beforeTheHoliday.get("owner").isNull()).isTrue();
        assertThat(report.get("cases").get(4).get("owner").asString()).isEqualTo(auditor.toString());
        assertThat(report.get("cases").get(4).get("deadline").asString()).as("Wednesday noon").isEqualTo("2026-12-02T04:00:00Z");
    }

    @Test
    void theOpenCasesCsvListsEachCaseWithItsFactsAndEveryCountOfTypeByAge() throws Exception {
        AgedCases aged = agedCases();

        List<NamedCsvRecord> rows = csvOf(report(agedEnterprise, "open-cases", holding(authorizer, agedEnterprise, "AUTHORIZER"),
                "format", "CSV"), "open-cases-2026-12-01.csv");

        assertThat(rows.getFirst().getHeader()).containsExactly(OpenCasesCsv.HEADER);
        assertThat(rows).filteredOn(r -> r.getField("record").equals("CASE"))
                .extracting(r -> r.getField("case_id"), r -> r.getField("type"), r -> r.getField("age_bucket"), r -> r.getField("overdue"),
                        r -> r.getField("account"), r -> r.getField("amount"), r -> r.getField("opened_at"), r -> r.getField("deadline"),
                        r -> r.getField("age_business_days"), r -> r.getField("owner"), r -> r.getField("state"))
                .containsExactly(
                        tuple(aged.threeWeeksOld().toString(), "FEE", ">7", "1", "CN6222020200110009", "15.00", "2026-11-09T10:00+08:00",
                                "2026-11-10T12:00+08:00", "15", "", "OPEN"),
                        tuple(aged.beforeTheHoliday().toString(), "BANK_DEBIT_WITHOUT_TRANSFER", "4-7", "1", "CN6222020200110019", "1250.00",
                                "2026-11-19T10:00+08:00", "2026-11-20T12:00+08:00", "7", "", "OPEN"),
                        tuple(aged.lastThursday().toString(), "DUPLICATE_DEBIT", "2-3", "1", "CN6222020200110026", "980.50",
                                "2026-11-26T11:00+08:00", "2026-11-27T12:00+08:00", "3", "", "OPEN"),
                        tuple(aged.yesterdayProposed().toString(), "AMOUNT_MISMATCH", "0-1", "0", "CN6222020200110030", "300.00",
                                "2026-11-30T15:00+08:00", "2026-12-01T12:00+08:00", "1", "", "RESOLUTION_PROPOSED"),
                        tuple(aged.today().toString(), "BANK_DEBIT_WITHOUT_TRANSFER", "0-1", "0", "CN6222020200110001", "49999.00",
                                "2026-12-01T09:00+08:00", "2026-12-02T12:00+08:00", "0", auditor.toString(), "OPEN"));
        Map<String, String> counts = rows.stream().filter(r -> r.getField("record").equals("COUNT")).collect(Collectors.toMap(
                r -> r.getField("type") + " " + r.getField("age_bucket"), r -> r.getField("cases") + "/" + r.getField("overdue"),
                (a, b) -> a + " and again " + b, java.util.LinkedHashMap::new));
        assertThat(counts).hasSize(5 * 5).containsEntry("BANK_DEBIT_WITHOUT_TRANSFER 0-1", "1/0")
                .containsEntry("BANK_DEBIT_WITHOUT_TRANSFER 4-7", "1/1").containsEntry("BANK_DEBIT_WITHOUT_TRANSFER >7", "0/0")
                .containsEntry("BANK_DEBIT_WITHOUT_TRANSFER ALL", "2/1").containsEntry("DUPLICATE_DEBIT 2-3", "1/1")
                .containsEntry("FEE >7", "1/1").containsEntry("AMOUNT_MISMATCH ALL", "1/0")
                .containsEntry("ALL 0-1", "2/0").containsEntry("ALL 2-3", "1/1").containsEntry("ALL 4-7", "1/1").containsEntry("ALL >7", "1/1")
                .containsEntry("ALL ALL", "5/3");
    }

    @Test
    void theOpenCasesPdfShowsTheTableOfTypesByAgeAndEveryCaseOldestFirst() throws Exception {
        agedCases();

        byte[] pdf = report(agedEnterprise, "open-cases", holding(auditor, agedEnterprise, "AUDITOR"), "format", "PDF")
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"open-cases-2026-12-01.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
        assertThat(text).contains("Open error cases by age 未结差错账龄",
                "As of 截至: 2026-12-01 10:00 (Asia/Shanghai)", "Open cases 未结: 5 Overdue 逾期: 3",
                "BANK_DEBIT_WITHOUT_TRANSFER 1 / 0 0 / 0 1 / 1 0 / 0 2 / 1",
                "AMOUNT_MISMATCH 1 / 0 0 / 0 0 / 0 0 / 0 1 / 0",
                "DUPLICATE_DEBIT 0 / 0 1 / 1 0 / 0 0 / 0 1 / 1",
                "FEE 0 / 0 0 / 0 0 / 0 1 / 1 1 / 1",
                "All types 全部 2 / 0 1 / 1 1 / 1 1 / 1 5 / 3",
                "7 4-7 BANK_DEBIT_WITHOUT_TRANSFER CN6222020200110019 1250.00 CNY 2026-11-19 10:00 2026-11-20 12:00 OVERDUE - OPEN",
                "1 0-1 AMOUNT_MISMATCH CN6222020200110030 300.00 CNY 2026-11-30 15:00 2026-12-01 12:00 - RESOLUTION_PROPOSED");
        assertThat(text.indexOf("CN6222020200110009")).as("oldest first").isLessThan(text.indexOf("CN6222020200110019"));
        assertThat(text.indexOf("CN6222020200110019")).isLessThan(text.indexOf("CN6222020200110001"));
        assertThat(text).doesNotContain("CN6222020200110025", "CN6299990000000001");
    }

    // ---- match rates

    final UUID enterprise = UUID.randomUUID();
    final String account = "CN62" + enterprise.toString().substring(0, 8).toUpperCase();
    final String otherAccount = "CN63" + enterprise.toString().substring(0, 8).toUpperCase();
    int statements;

    /** A transfer bank-connector reports at 10:00 Shanghai time on {@code day}, as its ExecutionEventsV1 say. */
    UUID reported(String outcome, String payer, String amount, String day) {
        UUID transfer = UUID.randomUUID();
        Instant at = shanghai(day + "T10:00");
        String movement = """
                {"payerAccount":"%s","payeeAccount":"31001234567890","amount":"%s","currency":"CNY"}""".formatted(payer, amount);
        PlatformEvents.Event event = switch (outcome) {
            case "executed" -> events.event(enterprise, "com.fundguard.execution.executed.v1", transfer, at, """
                    {"transferId":"%s","reference":"TR-1","endToEndId":"E2E-%s","attempt":1,"bankReference":"BR-%s",\
                    "byInquiry":false,"movement":%s,"executedAt":"%s"}""".formatted(transfer, transfer, transfer, movement, at));
            case "outcome-unknown" -> events.event(enterprise, "com.fundguard.execution.outcome-unknown.v1", transfer, at, """
                    {"transferId":"%s","reference":"TR-1","endToEndId":"E2E-%s","attempt":1,"why":"lease expired while sending",\
                    "inquiryDueAt":"%s","movement":%s,"at":"%s"}""".formatted(transfer, transfer, at.plusSeconds(300), movement, at));
            case "failed" -> events.event(enterprise, "com.fundguard.execution.failed.v1", transfer, at, """
                    {"transferId":"%s","reference":"TR-1","endToEndId":"E2E-%s","attempt":1,"reasonCode":"AC04",\
                    "byInquiry":false,"movement":%s,"failedAt":"%s"}""".formatted(transfer, transfer, movement, at));
            default -> throw new IllegalArgumentException(outcome);
        };
        events.publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM expected_movement WHERE transfer_id = ?")
                .param(transfer).query(Long.class).single() == 1);
        return transfer;
    }

    /** One :61:/:86: pair of an MT940 statement: a booking on {@code day} as the bank shows it. */
    record Booking(String day, String mark, String amount, String bankReference, UUID transfer) {
        String lines() {
            LocalDate date = LocalDate.parse(day);
            return ":61:" + date.format(YYMMDD) + date.format(MMDD) + mark + amount.replace('.', ',') + "NTRFNONREF//" + bankReference + "\r\n"
                    + ":86:/EREF/" + (transfer == null ? "NOTPROVIDED" : "E2E-" + transfer) + "/IBAN/31001234567890/NAME/Shanghai Steel Co.\r\n";
        }
    }

    static Booking debit(String day, String amount, String bankReference, UUID transfer) {
        return new Booking(day, "D", amount, bankReference, transfer);
    }

    static Booking credit(String day, String amount, String bankReference) {
        return new Booking(day, "C", amount, bankReference, null);
    }

    /** Uploads an MT940 statement of the account with these bookings through the import API, as the accounting side does. */
    void statement(String of, Booking... bookings) throws Exception {
        statements++;
        String first = LocalDate.parse(bookings[0].day()).format(YYMMDD);
        String last = LocalDate.parse(bookings[bookings.length - 1].day()).format(YYMMDD);
        StringBuilder mt940 = new StringBuilder(":20:STMT-" + statements + "-" + UUID.randomUUID().toString().substring(0, 6) + "\r\n:25:" + of
                + "\r\n:28C:" + statements + "/1\r\n:60F:C" + first + "CNY1000000,00\r\n");
        for (Booking booking : bookings) {
            mt940.append(booking.lines());
        }
        mt940.append(":62F:C").append(last).append("CNY1000000,00\r\n-\r\n");
        mvc.perform(post("/api/enterprises/{e}/statements", enterprise).with(holding(auditor, enterprise, "AUDITOR"))
                        .param("format", "MT940").param("filename", "statement-" + statements + ".sta")
                        .contentType("application/octet-stream").content(mt940.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
    }

    /**
     * Two accounts' November. Account CN62…, lines booked 2026-05-01 to 2026-11-30 (11):
     * <ul>
     * <li>matched: 1250.00 and the unknown outcome's 880.00 by end-to-end id (EXACT_REFERENCE 2), 700.00 without a
     * reference to its payee (COUNTERPARTY_WINDOW), 2015.00 for a 2000.00 transfer within the 50.00 fee (TOLERANCE, and a
     * FEE case on the line, which stays counted as matched), 760.00 for 300.00 + 460.00 executed the same day (GROUP)</li>
     * <li>in cases: 1600.00 naming a 1500.00 transfer (AMOUNT_MISMATCH), 49999.00 nobody explains
     * (BANK_DEBIT_WITHOUT_TRANSFER)</li>
     * <li>set aside: 5000.00 received (UNRELATED), the 1250.00 booking in a second file (REPEATED), a debit of 20 May
     * nobody explains, beyond the 180-day dispute window on 1 December (BEYOND_DISPUTE_WINDOW)</li>
     * <li>not yet examined: 12.34 of a statement uploaded after the last run</li>
     * </ul>
     * and outside the period a transfer of 1 December matched by its line of 1 December. Transfers executed in the period:
     * the eight above plus one with no debit (999.00): 8 EXECUTED or OUTCOME_UNKNOWN, 6 matched; a FAILED one is not
     * expected. Account CN63…: money received (UNRELATED) and one executed transfer not yet on the statement.
     */
    void aMonthReconciled() throws Exception {
        UUID byReference = reported("executed", account, "1250.00", "2026-11-16");
        reported("executed", account, "999.00", "2026-11-16");
        UUID toPayee = reported("executed", account, "700.00", "2026-11-17");
        reported("failed", account, "555.00", "2026-11-17");
        UUID withFee = reported("executed", account, "2000.00", "2026-11-18");
        reported("executed", account, "300.00", "2026-11-19");
        reported("executed", account, "460.00", "2026-11-19");
        UUID unknown = reported("outcome-unknown", account, "880.00", "2026-11-20");
        UUID mismatched = reported("executed", account, "1500.00", "2026-11-20");
        UUID december = reported("executed", account, "321.00", "2026-12-01");
        reported("executed", otherAccount, "400.00", "2026-11-25");

        statement(account,
                debit("2026-05-20", "77.00", "FGSB-0520", null),
                debit("2026-11-16", "1250.00", "FGSB-1", byReference),
                debit("2026-11-18", "700.00", "FGSB-2", null),
                debit("2026-11-18", "2015.00", "FGSB-3", withFee),
                debit("2026-11-19", "760.00", "FGSB-4", null),
                debit("2026-11-20", "880.00", "FGSB-5", unknown),
                debit("2026-11-20", "1600.00", "FGSB-6", mismatched),
                debit("2026-11-23", "49999.00", "FGSB-7", null),
                credit("2026-11-24", "5000.00", "FGSB-8"),
                debit("2026-12-01", "321.00", "FGSB-9", december));
        reconciliation.reconcile(new AccountKey(enterprise, account, CNY));
        // the statement of the 16th fetched again: the same booking reported a second time
        statement(account, debit("2026-11-16", "1250.00", "FGSB-1", byReference));
        reconciliation.reconcile(new AccountKey(enterprise, account, CNY));
        statement(account, debit("2026-11-30", "12.34", "FGSB-10", null));

        statement(otherAccount, credit("2026-11-25", "100.00", "FGSB-20"));
        reconciliation.reconcile(new AccountKey(enterprise, otherAccount, CNY));
        assertThat(toPayee).isNotNull();
    }

    @Test
    void matchRatesCountEachLineOnceByPassCaseTypeOrOutcomeAndRateMatchedAgainstWhatCouldBeMatched() throws Exception {
        aMonthReconciled();

        JsonNode report = jsonOf(report(enterprise, "match-rates", holding(auditor, enterprise, "AUDITOR"),
                "from", "2026-05-01", "to", "2026-11-30"));

        assertThat(report.get("from").asString()).isEqualTo("2026-05-01");
        assertThat(report.get("to").asString()).isEqualTo("2026-11-30");
        assertThat(report.get("account").isNull()).isTrue();
        assertThat(report.get("accounts").valueStream().map(a -> a.get("account").asString()).toList())
                .containsExactly(account, otherAccount);
        JsonNode a = report.get("accounts").get(0);
        assertThat(a.get("currency").asString()).isEqualTo("CNY");
        assertThat(a.get("lines").asLong()).isEqualTo(11);
        assertThat(a.get("matched").get("total").asLong()).isEqualTo(5);
        assertThat(counts(a.get("matched").get("by")))
                .isEqualTo(Map.of("EXACT_REFERENCE", 2L, "COUNTERPARTY_WINDOW", 1L, "TOLERANCE", 1L, "GROUP", 1L));
        assertThat(a.get("inCases").get("total").asLong()).isEqualTo(2);
        assertThat(counts(a.get("inCases").get("by"))).containsEntry("AMOUNT_MISMATCH", 1L).containsEntry("BANK_DEBIT_WITHOUT_TRANSFER", 1L)
                .containsEntry("FEE", 0L).hasSize(DiscrepancyType.values().length);
        assertThat(counts(a.get("setAside").get("by"))).isEqualTo(Map.of("UNRELATED", 1L, "REPEATED", 1L, "BEYOND_DISPUTE_WINDOW", 1L));
        assertThat(a.get("notYetExamined").asLong()).isEqualTo(1);
        assertThat(a.get("unaccounted").asLong()).isZero();
        assertThat(a.get("autoMatchRatePercent").asString()).as("5 of 11 - 1 unrelated - 1 repeated").isEqualTo("55.56");
        assertThat(a.get("transfers").get("expected").asLong()).isEqualTo(8);
        assertThat(a.get("transfers").get("outcomeUnknown").asLong()).isEqualTo(1);
        assertThat(a.get("transfers").get("matched").asLong()).isEqualTo(6);
        assertThat(a.get("transfers").get("matchRatePercent").asString()).isEqualTo("75.00");

        JsonNode other = report.get("accounts").get(1);
        assertThat(other.get("lines").asLong()).isEqualTo(1);
        assertThat(other.get("setAside").get("by").get("UNRELATED").asLong()).isEqualTo(1);
        assertThat(other.get("autoMatchRatePercent").isNull()).as("nothing that could be matched").isTrue();
        assertThat(other.get("transfers").get("expected").asLong()).isEqualTo(1);
        assertThat(other.get("transfers").get("matchRatePercent").asString()).isEqualTo("0.00");

        JsonNode december = jsonOf(report(enterprise, "match-rates", holding(authorizer, enterprise, "AUTHORIZER"),
                "account", account, "from", "2026-12-01", "to", "2026-12-01"));
        assertThat(december.get("account").asString()).isEqualTo(account);
        assertThat(december.get("accounts")).singleElement().satisfies(d -> {
            assertThat(d.get("lines").asLong()).isEqualTo(1);
            assertThat(d.get("matched").get("by").get("EXACT_REFERENCE").asLong()).isEqualTo(1);
            assertThat(d.get("autoMatchRatePercent").asString()).isEqualTo("100.00");
            assertThat(d.get("transfers").get("expected").asLong()).isEqualTo(1);
            assertThat(d.get("transfers").get("matched").asLong()).isEqualTo(1);
        });
    }

    static Map<String, Long> counts(JsonNode object) {
        return object.properties().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asLong()));
    }

    @Test
    void theMatchRateCsvHasARowPerAccountAndAColumnPerFigure() throws Exception {
        aMonthReconciled();

        List<NamedCsvRecord> rows = csvOf(report(enterprise, "match-rates", holding(auditor, enterprise, "AUDITOR"),
                "account", account, "from", "2026-05-01", "to", "2026-11-30", "format", "CSV"),
                "match-rates-" + account + "-2026-05-01-2026-11-30.csv");

        assertThat(rows).singleElement().satisfies(row -> {
            Function<String, String> f = row::getField;
            assertThat(List.of("account", "currency", "from", "to", "lines", "matched", "matched_exact_reference",
                    "matched_counterparty_window", "matched_tolerance", "matched_group", "in_cases", "in_case_bank_debit_without_transfer",
                    "in_case_amount_mismatch", "in_case_fee", "set_aside", "set_aside_unrelated", "set_aside_repeated",
                    "set_aside_beyond_dispute_window", "not_yet_examined", "unaccounted", "auto_match_rate_percent", "transfers_expected",
                    "transfers_outcome_unknown", "transfers_matched", "transfer_match_rate_percent").stream().map(f).toList())
                    .containsExactly(account, "CNY", "2026-05-01", "2026-11-30", "11", "5", "2", "1", "1", "1", "2", "1", "1", "0", "3", "1", "1",
                            "1", "1", "0", "55.56", "8", "1", "6", "75.00");
        });
        assertThat(rows.getFirst().getHeader()).containsExactlyElementsOf(MatchRatesCsv.HEADER);
    }

    // ---- who may read them, and what they refuse

    @Test
    void onlyTheEnterprisesAuditorsAndAuthorizersReadTheReports() throws Exception {
        UUID someone = UUID.randomUUID();
        for (String name : List.of("open-cases", "match-rates")) {
            String[] period = name.equals("match-rates") ? new String[] {"from", "2026-11-01", "to", "2026-11-30"} : new String[0];
            report(enterprise, name, holding(someone, UUID.randomUUID(), "AUDITOR", "AUTHORIZER"), period)
                    .andExpect(status().isForbidden());
            report(enterprise, name, holding(someone, enterprise, "APPLICANT", "APPROVER"), period).andExpect(status().isForbidden());
            report(enterprise, name, holding(someone, enterprise, "AUDITOR"), period).andExpect(status().isOk());
            report(enterprise, name, holding(someone, enterprise, "AUTHORIZER"), period).andExpect(status().isOk());
        }
    }

    @Test
    void aBadParameterIsRefusedNamingIt() throws Exception {
        RequestPostProcessor caller = holding(auditor, enterprise, "AUDITOR");
        List<ResultActions> refused = new ArrayList<>();
        refused.add(report(enterprise, "open-cases", caller, "format", "XLSX"));
        refused.add(report(enterprise, "match-rates", caller, "to", "2026-11-30"));
        refused.add(report(enterprise, "match-rates", caller, "from", "2026-11-31", "to", "2026-12-01"));
        refused.add(report(enterprise, "match-rates", caller, "from", "2026-11-01", "to", "30.11.2026"));
        refused.add(report(enterprise, "match-rates", caller, "from", "2026-11-30", "to", "2026-11-01"));
        refused.add(report(enterprise, "match-rates", caller, "from", "2025-11-29", "to", "2026-11-30"));
        refused.add(report(enterprise, "match-rates", caller, "from", "2026-11-01", "to", "2026-11-30", "format", "PDF"));
        refused.add(report(enterprise, "match-rates", caller, "account", " ", "from", "2026-11-01", "to", "2026-11-30"));
        List<String> fields = new ArrayList<>();
        for (ResultActions result : refused) {
            JsonNode problem = json.readTree(result.andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            fields.add(problem.get("errors").get(0).get("field").asString());
        }
        assertThat(fields).containsExactly("format", "from", "from", "to", "to", "to", "format", "account");
        // 366 days, the most a period may have
        report(enterprise, "match-rates", caller, "from", "2025-11-30", "to", "2026-11-30").andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts").isEmpty());
    }
}
