package com.fundguard.reconciliation.statement.adapter.in.web;

import static com.fundguard.reconciliation.statement.adapter.in.web.StatementImportIT.holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** CSV statements: an enterprise saves a column mapping by name, an upload names it. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class CsvStatementImportIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();

    static final String CHINESE_BANK_EXPORT = """
            {"delimiter": ",", "charset": "GBK", "headerRows": 5, "footerRows": 1, "dateFormat": "yyyyMMdd",
             "decimalSeparator": ".", "groupingSeparator": ",",
             "columns": {"bookingDate": "记账日期", "valueDate": "交易日期", "debitAmount": "借方发生额",
                         "creditAmount": "贷方发生额", "balance": "余额", "counterpartyAccount": "对方账号",
                         "counterpartyName": "对方户名", "bankReference": "交易流水号", "customerReference": "备注",
                         "information": "摘要"},
             "fixedCurrency": "CNY", "fixedAccount": "6222020200112233445"}
            """;

    ResultActions saveMapping(UUID enterpriseId, String name, String body) throws Exception {
        return mvc.perform(put("/api/enterprises/{e}/statement-mappings/{n}", enterpriseId, name)
                .with(holding(enterpriseId, "AUTHORIZER")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions upload(String mapping, byte[] content) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/statements", enterprise).with(holding(enterprise, "AUDITOR"))
                .param("format", "CSV").param("mapping", mapping).param("filename", "明细.csv")
                .contentType("text/csv").content(content));
    }

    static byte[] bankExport() throws Exception {
        try (InputStream in = CsvStatementImportIT.class.getResourceAsStream("/statements/bank_export_gbk.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aChineseBanksGbkExportImportsWithTheMappingTheEnterpriseSaved() throws Exception {
        saveMapping(enterprise, "icbc-detail", CHINESE_BANK_EXPORT).andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("icbc-detail"))
                .andExpect(jsonPath("$.columns.bookingDate").value("记账日期"));
        mvc.perform(get("/api/enterprises/{e}/statement-mappings/icbc-detail", enterprise).with(holding(enterprise, "AUDITOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.charset").value("GBK"))
                .andExpect(jsonPath("$.footerRows").value(1));

        String id = upload("icbc-detail", bankExport()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.mapping").value("icbc-detail"))
                .andExpect(jsonPath("$.entries").value(4))
                .andExpect(jsonPath("$.accounts[0].account").value("6222020200112233445"))
                .andExpect(jsonPath("$.accounts[0].currency").value("CNY"))
                .andExpect(jsonPath("$.period.from").value("2024-01-02"))
                .andExpect(jsonPath("$.period.to").value("2024-01-03"))
                .andReturn().getResponse().getHeader("Location").replaceAll(".*/", "");

        Map<String, Object> statement = jdbc.sql("SELECT * FROM bank_statement WHERE import_id = ?::uuid").param(id)
                .query().singleRow();
        assertThat(statement).containsEntry("currency", "CNY").containsEntry("statement_reference", "icbc-detail");
        assertThat((BigDecimal) statement.get("opening_balance_amount")).isEqualByComparingTo("100000.00");
        assertThat((BigDecimal) statement.get("closing_balance_amount")).isEqualByComparingTo("89488.25");
        List<Map<String, Object>> lines = jdbc.sql("SELECT * FROM statement_line WHERE import_id = ?::uuid ORDER BY line_number")
                .param(id).query().listOfRows();
        assertThat(lines).extracting(l -> ((BigDecimal) l.get("amount")).stripTrailingZeros().toPlainString())
                .containsExactly("12500", "3.25", "15", "2000");
        assertThat(lines).extracting(l -> l.get("credit_debit")).containsExactly("DEBIT", "CREDIT", "DEBIT", "CREDIT");
        assertThat(lines.get(0)).containsEntry("counterparty_name", "北京某某科技有限公司")
                .containsEntry("information", "货款").containsEntry("bank_reference", "HQ2024010200017")
                .containsEntry("booking_date", java.sql.Date.valueOf("2024-01-02"));
        assertThat(lines.get(3)).containsEntry("value_date", java.sql.Date.valueOf("2024-01-02"))
                .containsEntry("booking_date", java.sql.Date.valueOf("2024-01-03"));

        upload("icbc-detail", bankExport()).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void aMappingThatCannotBeReadWithIsRefusedNamingEveryFieldAndNothingIsSaved() throws Exception {
        saveMapping(enterprise, "broken", """
                {"delimiter": ";;", "charset": "NO-SUCH", "dateFormat": "dd.MM", "headerRows": 0,
                 "columns": {"amount": "Betrag", "debitAmount": "3", "payee": "4"}, "signConvention": "UP"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("columns.payee", "signConvention")));
        saveMapping(enterprise, "broken", """
                {"delimiter": ";;", "charset": "NO-SUCH", "dateFormat": "dd.MM", "headerRows": 0,
                 "columns": {"amount": "Betrag", "debitAmount": "3"}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://fundguard.example/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("delimiter", "charset", "dateFormat",
                        "columns.amount", "columns.amount", "columns.bookingDate", "fixedCurrency", "fixedAccount", "signConvention")));

        mvc.perform(get("/api/enterprises/{e}/statement-mappings", enterprise).with(holding(enterprise, "AUDITOR")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aSavedMappingIsReplacedUnderItsNameAndAFileItCannotReadIsRefusedNamingTheLine() throws Exception {
        saveMapping(enterprise, "icbc-detail", CHINESE_BANK_EXPORT).andExpect(status().isCreated());
        saveMapping(enterprise, "icbc-detail", CHINESE_BANK_EXPORT.replace("\"footerRows\": 1", "\"footerRows\": 0"))
                .andExpect(status().isOk());

        upload("icbc-detail", bankExport()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.file").value("明细.csv"))
                .andExpect(jsonPath("$.line").value(10))
                .andExpect(jsonPath("$.reason").value("'' (columns.bookingDate) is not a date as yyyyMMdd"));

        assertThat(jdbc.sql("SELECT count(*) FROM statement_import WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherEnterprisesMappingsAreNeitherReadableNorUsable() throws Exception {
        UUID other = UUID.randomUUID();
        saveMapping(other, "icbc-detail", CHINESE_BANK_EXPORT).andExpect(status().isCreated());

        mvc.perform(get("/api/enterprises/{e}/statement-mappings/icbc-detail", other).with(holding(enterprise, "AUDITOR")))
                .andExpect(status().isForbidden());
        saveMapping(enterprise, "x", CHINESE_BANK_EXPORT).andExpect(status().isCreated());
        mvc.perform(put("/api/enterprises/{e}/statement-mappings/{n}", other, "icbc-detail")
                        .with(holding(enterprise, "AUTHORIZER")).contentType(MediaType.APPLICATION_JSON).content(CHINESE_BANK_EXPORT))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/enterprises/{e}/statement-mappings/{n}", enterprise, "mine")
                        .with(holding(enterprise, "APPLICANT")).contentType(MediaType.APPLICATION_JSON).content(CHINESE_BANK_EXPORT))
                .andExpect(status().isForbidden());
        upload("icbc-detail", bankExport()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mapping"));
    }
}
