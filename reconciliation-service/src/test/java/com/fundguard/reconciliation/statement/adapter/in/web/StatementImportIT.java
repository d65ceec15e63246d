package com.fundguard.reconciliation.statement.adapter.in.web;

import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Statement files imported through the API: read on arrival, their statements and lines stored with the file, once
 * per content; files from ../shared/testdata unchanged.
 */
@SpringBootTest(properties = {"fundguard.statements.max-file-size=64KB", "fundguard.statements.batch-size=3"})
@AutoConfigureMockMvc
@WithRealInfrastructure
class StatementImportIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();

    static byte[] testdata(String path) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("fundguard.testdata"), path));
    }

    /** Someone of the enterprise holding {@code role} per the token (the accounting side imports statements). */
    static RequestPostProcessor holding(UUID enterpriseId, String role) {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString())
                .claim("enterprise_id", enterpriseId.toString()).claim("roles", List.of(role)));
    }

    ResultActions receive(UUID enterpriseId, String format, byte[] content) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/statements", enterpriseId).with(holding(enterpriseId, "AUDITOR"))
                .param("format", format).param("filename", "the-file")
                .contentType("application/octet-stream").content(content));
    }

    long count(String table, UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE enterprise_id = ?").param(enterpriseId)
                .query(Long.class).single();
    }

    long largeObjects() {
        return jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single();
    }

    static String idOf(ResultActions result) {
        return result.andReturn().getResponse().getHeader("Location").replaceAll(".*/", "");
    }

    @Test
    void theIngMt940FileIsReadOnArrivalItsLinesStoredWithTheFileAndAnnounced() throws Exception {
        byte[] ing = testdata("statements/mt940_wolph_jejik_ing.sta");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ing));

        String id = idOf(receive(enterprise, "MT940", ing)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.duplicate").value(false))
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.statements").value(1))
                .andExpect(jsonPath("$.entries").value(7))
                .andExpect(jsonPath("$.accounts[0].account").value("0001234567"))
                .andExpect(jsonPath("$.accounts[0].currency").value("EUR"))
                .andExpect(jsonPath("$.accounts[0].entries").value(7))
                .andExpect(jsonPath("$.period.from").value("2010-07-22"))
                .andExpect(jsonPath("$.period.to").value("2010-07-23")));

        Map<String, Object> statement = jdbc.sql("SELECT * FROM bank_statement WHERE import_id = ?::uuid").param(id)
                .query().singleRow();
        assertThat(statement).containsEntry("statement_reference", "MPBZ").containsEntry("account", "0001234567")
                .containsEntry("currency", "EUR").containsEntry("position", 1).containsEntry("entry_count", 7)
                .containsEntry("opening_balance_mark", "CREDIT").containsEntry("closing_balance_mark", "CREDIT")
                .containsEntry("opening_balance_date", java.sql.Date.valueOf("2010-07-22"))
                .containsEntry("closing_balance_date", java.sql.Date.valueOf("2010-07-23"));
        assertThat((BigDecimal) statement.get("opening_balance_amount")).isEqualByComparingTo("0");
        assertThat((BigDecimal) statement.get("closing_balance_amount")).isEqualByComparingTo("3.47");
        List<Map<String, Object>> lines = jdbc.sql("SELECT * FROM statement_line WHERE import_id = ?::uuid ORDER BY line_number")
                .param(id).query().listOfRows();
        assertThat(lines).hasSize(7).allSatisfy(line -> assertThat(line)
                .containsEntry("enterprise_id", enterprise).containsEntry("account", "0001234567")
                .containsEntry("currency", "EUR").containsEntry("statement_id", statement.get("id")));
        assertThat(lines).extracting(l -> l.get("line_number")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(lines.get(2)).containsEntry("credit_debit", "DEBIT").containsEntry("transaction_type_code", "NTRF")
                .containsEntry("customer_reference", "TMG TANGO").containsEntry("value_date", java.sql.Date.valueOf("2010-07-22"));
        assertThat((BigDecimal) lines.get(2).get("amount")).isEqualByComparingTo("1.11");
        assertThat(lines.get(5)).containsEntry("credit_debit", "CREDIT");
        assertThat((BigDecimal) lines.get(5).get("amount")).isEqualByComparingTo("3.68");
        BigDecimal credits = lines.stream().filter(l -> l.get("credit_debit").equals("CREDIT"))
                .map(l -> (BigDecimal) l.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal debits = lines.stream().filter(l -> l.get("credit_debit").equals("DEBIT"))
                .map(l -> (BigDecimal) l.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(credits).isEqualByComparingTo("4.68");
        assertThat(debits).isEqualByComparingTo("50.27");

        assertThat(jdbc.sql("SELECT lo_get(content_oid) FROM statement_import WHERE id = ?::uuid").param(id)
                .query(byte[].class).single()).as("the file kept as evidence, byte for byte").isEqualTo(ing);
        String envelope = jdbc.sql("SELECT envelope FROM event_outbox WHERE message_key = ? AND event_type = ?")
                .params(id, "com.fundguard.reconciliation.statement-imported.v1").query(String.class).single();
        assertThat(JsonPath.<String>read(envelope, "$.data.enterpriseId")).isEqualTo(enterprise.toString());
        assertThat(JsonPath.<String>read(envelope, "$.data.format")).isEqualTo("MT940");
        assertThat(JsonPath.<Integer>read(envelope, "$.data.entries")).isEqualTo(7);
        assertThat(JsonPath.<List<Object>>read(envelope, "$.data.accounts")).hasSize(1);
        assertThat(JsonPath.<String>read(envelope, "$.data.accounts[0].from")).isEqualTo("2010-07-22");
        assertThat(JsonPath.<String>read(envelope, "$.data.accounts[0].to")).isEqualTo("2010-07-23");
    }

    @Test
    void theAbnAmroFileIsTwoStatementsOfOneAccountInFileOrder() throws Exception {
        String id = idOf(receive(enterprise, "MT940", testdata("statements/mt940_wolph_jejik_abnamro.sta"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statements").value(2))
                .andExpect(jsonPath("$.entries").value(10))
                .andExpect(jsonPath("$.accounts.length()").value(1))
                .andExpect(jsonPath("$.accounts[0].account").value("517852257"))
                .andExpect(jsonPath("$.accounts[0].entries").value(10)));

        List<Map<String, Object>> statements = jdbc.sql("SELECT * FROM bank_statement WHERE import_id = ?::uuid ORDER BY position")
                .param(id).query().listOfRows();
        assertThat(statements).extracting(s -> s.get("sequence_number")).containsExactly("19321/1", "19322/1");
        assertThat(statements).extracting(s -> s.get("entry_count")).containsExactly(8, 2);
        assertThat((BigDecimal) statements.get(0).get("opening_balance_amount")).isEqualByComparingTo("3236.28");
        assertThat((BigDecimal) statements.get(0).get("closing_balance_amount")).isEqualByComparingTo("876.84");
        assertThat((BigDecimal) statements.get(1).get("opening_balance_amount")).isEqualByComparingTo("2876.84");
        assertThat((BigDecimal) statements.get(1).get("closing_balance_amount")).isEqualByComparingTo("1849.75");
        assertThat(jdbc.sql("SELECT sum(amount) FROM statement_line WHERE statement_id = ? AND credit_debit = 'DEBIT'")
                .param(statements.get(0).get("id")).query(BigDecimal.class).single()).isEqualByComparingTo("321.44");
        assertThat(jdbc.sql("SELECT amount FROM statement_line WHERE statement_id = ? ORDER BY line_number")
                .param(statements.get(1).get("id")).query(BigDecimal.class).list())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("9.49"), new BigDecimal("15"));
    }

    /** What each file of ../shared/testdata/statements holds; a file added there without a line here fails the test. */
    record Expected(String format, int statements, int entries) {
    }

    static final Map<String, Expected> STATEMENT_FILES = Map.of(
            "mt940_wolph_jejik_abnamro.sta", new Expected("MT940", 2, 10),
            "mt940_wolph_jejik_ing.sta", new Expected("MT940", 1, 7),
            "bai2_moov_sample1.txt", new Expected("BAI2", 2, 17));

    @Test
    void everyFileOfTheStatementTestDataImportsWithItsStatementsAndEntries() throws Exception {
        List<String> files;
        try (var listing = Files.list(Path.of(System.getProperty("fundguard.testdata"), "statements"))) {
            files = listing.map(f -> f.getFileName().toString()).filter(f -> !f.endsWith(".md")).sorted().toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(STATEMENT_FILES.keySet());

        for (String file : files) {
            Expected expected = STATEMENT_FILES.get(file);
            String id = idOf(receive(enterprise, expected.format(), testdata("statements/" + file))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.statements").value(expected.statements()))
                    .andExpect(jsonPath("$.entries").value(expected.entries())));
            assertThat(jdbc.sql("SELECT count(*) FROM bank_statement WHERE import_id = ?::uuid").param(id)
                    .query(Long.class).single()).as(file).isEqualTo(expected.statements());
            assertThat(jdbc.sql("SELECT count(*) FROM statement_line WHERE import_id = ?::uuid").param(id)
                    .query(Long.class).single()).as(file).isEqualTo(expected.entries());
        }
    }

    @Test
    void theBai2SampleIsStoredInCanadianDollarsWithItsBalancesAndValueDates() throws Exception {
        String id = idOf(receive(enterprise, "BAI2", testdata("statements/bai2_moov_sample1.txt"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accounts.length()").value(1))
                .andExpect(jsonPath("$.accounts[0].account").value("10200123456"))
                .andExpect(jsonPath("$.accounts[0].currency").value("CAD"))
                .andExpect(jsonPath("$.accounts[0].entries").value(17))
                .andExpect(jsonPath("$.period.from").value("2006-03-17"))
                .andExpect(jsonPath("$.period.to").value("2006-03-17")));

        List<Map<String, Object>> statements = jdbc.sql("SELECT * FROM bank_statement WHERE import_id = ?::uuid ORDER BY position")
                .param(id).query().listOfRows();
        assertThat(statements).extracting(s -> s.get("sequence_number")).containsExactly("1/1", "1/2");
        assertThat(statements).extracting(s -> s.get("entry_count")).containsExactly(11, 6);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s).containsEntry("currency", "CAD").containsEntry("opening_balance_mark", "CREDIT")
                    .containsEntry("closing_balance_date", java.sql.Date.valueOf("2006-03-17"));
            assertThat((BigDecimal) s.get("opening_balance_amount")).isEqualByComparingTo("0");
            assertThat((BigDecimal) s.get("closing_balance_amount")).isEqualByComparingTo("0");
        });
        Map<String, Object> transfer = jdbc.sql("SELECT * FROM statement_line WHERE statement_id = ? AND line_number = 4")
                .param(statements.get(0).get("id")).query().singleRow();
        assertThat(transfer).containsEntry("credit_debit", "CREDIT").containsEntry("transaction_type_code", "108")
                .containsEntry("currency", "CAD").containsEntry("information", "TFR 1020 0345678")
                .containsEntry("booking_date", java.sql.Date.valueOf("2006-03-17"))
                .containsEntry("value_date", java.sql.Date.valueOf("2006-03-16"));
        assertThat((BigDecimal) transfer.get("amount")).isEqualByComparingTo("2035.00");
        assertThat(jdbc.sql("SELECT credit_debit, sum(amount) FROM statement_line WHERE import_id = ?::uuid GROUP BY credit_debit ORDER BY 1")
                .param(id).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()).list())
                .containsExactly("CREDIT 3200", "DEBIT 3200");
    }

    @Test
    void aBai2FileWhoseTotalsDoNotAddUpIsRefusedNamingTheTrailerRecord() throws Exception {
        byte[] altered = new String(testdata("statements/bai2_moov_sample1.txt"), StandardCharsets.US_ASCII)
                .replace("99,+00000000001280000,1,27/", "99,+00000000001280000,1,28/").getBytes(StandardCharsets.US_ASCII);

        receive(enterprise, "BAI2", altered).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(27))
                .andExpect(jsonPath("$.reason").value("file trailer 99: 28 records stated, the file has 27"));

        assertThat(count("statement_line", enterprise)).isZero();
    }

    @Test
    void anInterimMt942ReportIsStoredWithoutBalances() throws Exception {
        byte[] report = """
                :20:INT-1
                :25:NL91ABNA0417164300
                :28C:3
                :34F:EUR0,
                :13D:2401021415+0100
                :61:2401020102D250,50NTRFPAY-7//B-1
                :86:/EREF/E2E-7/
                :61:240102C12,NTRFNONREF
                :90D:1EUR250,50
                :90C:1EUR12,
                -
                """.getBytes(StandardCharsets.UTF_8);

        String id = idOf(receive(enterprise, "MT942", report).andExpect(status().isCreated())
                .andExpect(jsonPath("$.entries").value(2)));

        Map<String, Object> statement = jdbc.sql("SELECT * FROM bank_statement WHERE import_id = ?::uuid").param(id)
                .query().singleRow();
        assertThat(statement).containsEntry("opening_balance_amount", null).containsEntry("closing_balance_amount", null)
                .containsEntry("period_from", java.sql.Date.valueOf("2024-01-02"));
        assertThat(jdbc.sql("SELECT end_to_end_reference FROM statement_line WHERE import_id = ?::uuid AND line_number = 1")
                .param(id).query(String.class).single()).isEqualTo("E2E-7");
    }

    @Test
    void theSameFileAgainIsANoOpThatSaysSo() throws Exception {
        byte[] ing = testdata("statements/mt940_wolph_jejik_ing.sta");
        String id = idOf(receive(enterprise, "MT940", ing).andExpect(status().isCreated()));
        long objects = largeObjects();

        receive(enterprise, "MT940", ing)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.entries").value(7));

        assertThat(count("statement_import", enterprise)).isEqualTo(1);
        assertThat(count("statement_line", enterprise)).isEqualTo(7);
        assertThat(largeObjects()).isEqualTo(objects);
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ?").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoUploadsOfTheSameFileRacingEachOtherMakeOneImport() throws Exception {
        byte[] abnAmro = testdata("statements/mt940_wolph_jejik_abnamro.sta");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> upload = () -> {
            together.await();
            return receive(enterprise, "MT940", abnAmro).andReturn().getResponse().getStatus();
        };
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> results = two.invokeAll(List.of(upload, upload));
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(count("statement_import", enterprise)).isEqualTo(1);
        assertThat(count("bank_statement", enterprise)).isEqualTo(2);
        assertThat(count("statement_line", enterprise)).isEqualTo(10);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedNamingFileMessageAndLineAndNothingOfItIsKept() throws Exception {
        byte[] truncated = """
                :20:ONE
                :25:1
                :60F:C240102EUR0,
                :61:240102D5,NTRFNONREF
                :61:240102D6,NTRFNONREF
                :61:240102D7,NTRFNONREF
                :61:240102D8,NTRFNONREF
                :62F:D240102EUR26,
                -
                :20:TWO
                :25:1
                :60F:C240102EUR0,
                :61:240102D5,NTRFNONREF
                """.getBytes(StandardCharsets.UTF_8);
        long objects = largeObjects();

        for (int attempt = 1; attempt <= 2; attempt++) {
            receive(enterprise, "MT940", truncated)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.title").value("Unreadable statement file"))
                    .andExpect(jsonPath("$.file").value("the-file"))
                    .andExpect(jsonPath("$.message").value(2))
                    .andExpect(jsonPath("$.line").value(10))
                    .andExpect(jsonPath("$.reason").value("no closing balance :62F:/:62M: (truncated message?)"));
        }

        assertThat(count("statement_import", enterprise)).as("a refused file's hash is not remembered").isZero();
        assertThat(count("bank_statement", enterprise)).as("not even the first, readable message").isZero();
        assertThat(count("statement_line", enterprise)).isZero();
        assertThat(largeObjects()).isEqualTo(objects);
    }

    @Test
    void anotherEnterprisesImportIsRefusedAndOnlyTheAccountingSideImportsAndReads() throws Exception {
        String mine = receive(enterprise, "MT940", testdata("statements/mt940_wolph_jejik_ing.sta"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        UUID other = UUID.randomUUID();

        mvc.perform(get(mine).with(holding(enterprise, "AUTHORIZER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("MT940")).andExpect(jsonPath("$.entries").value(7));
        mvc.perform(get(mine).with(holding(other, "AUDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/statements", enterprise).with(holding(other, "AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get(mine).with(memberOf(enterprise))).andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises/{e}/statements", enterprise).with(holding(enterprise, "APPLICANT"))
                        .param("format", "MT940").content(testdata("statements/mt940_wolph_jejik_abnamro.sta")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/statements", other).with(holding(other, "AUDITOR")))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/enterprises/{e}/statements/{i}", other, mine.replaceAll(".*/", "")).with(holding(other, "AUDITOR")))
                .andExpect(status().isNotFound());
        assertThat(count("statement_import", enterprise)).isEqualTo(1);
    }

    @Test
    void theSameFileInAnotherEnterpriseIsThatEnterprisesOwnFirstImport() throws Exception {
        byte[] mt940 = testdata("statements/mt940_wolph_jejik_ing.sta");
        UUID other = UUID.randomUUID();

        receive(enterprise, "MT940", mt940).andExpect(status().isCreated());
        receive(other, "MT940", mt940).andExpect(status().isCreated()).andExpect(jsonPath("$.duplicate").value(false));

        assertThat(count("statement_line", other)).isEqualTo(7);
    }

    @Test
    void anUnknownFormatOrAMisplacedOrMissingMappingIsRefusedNamingTheParameter() throws Exception {
        byte[] file = testdata("statements/mt940_wolph_jejik_ing.sta");
        receive(enterprise, "PDF", file).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(post("/api/enterprises/{e}/statements", enterprise).with(holding(enterprise, "AUDITOR"))
                        .param("format", "MT940").param("mapping", "icbc").content(file))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mapping"));
        receive(enterprise, "CSV", file).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mapping"));
        mvc.perform(post("/api/enterprises/{e}/statements", enterprise).with(holding(enterprise, "AUDITOR"))
                        .param("format", "CSV").param("mapping", "never-saved").content(file))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mapping"))
                .andExpect(jsonPath("$.errors[0].message").value("the enterprise has no saved column mapping named never-saved"));

        assertThat(count("statement_import", enterprise)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndAnEmptyOneWith400() throws Exception {
        receive(enterprise, "MT940", new byte[64 * 1024 + 1]).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        receive(enterprise, "MT940", new byte[0]).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        assertThat(count("statement_import", enterprise)).isZero();
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/statements");
    }
}
