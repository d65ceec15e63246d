package com.fundguard.reconciliation.report.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.reconciliation.close.adapter.in.web.BankDayRows;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The daily reconciliation report of an account and day, as CSV and PDF, read back as a person's tools would. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class DailyReportIT {

    static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();
    final String account = "6222020200112233";
    final BankDayRows bank;
    UUID chineseLine;

    DailyReportIT(@Autowired JdbcClient jdbc) {
        this.bank = new BankDayRows(jdbc, enterprise, account, "CNY");
    }

    static RequestPostProcessor holding(UUID enterprise, String role) {
        return jwt().jwt(t -> t.subject(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of(role)));
    }

    void aDayWithTwoEntries() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/accounts/{a}/books", enterprise, account).with(holding(enterprise, "AUTHORIZER"))
                .contentType("application/json")
                .content("{\"firstDay\":\"" + DAY + "\",\"openingBalance\":{\"value\":\"1000\",\"currency\":\"CNY\"}}"))
                .andExpect(status().isCreated());
        var statement = bank.statement("STMT-0306", DAY, "1000.00", "1750.50");
        chineseLine = statement.line("-250.00", "上海某某贸易有限公司");
        statement.line("1000.50", "=HYPERLINK(\"http://evil\")");
    }

    ResultActions report(String format, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get("/api/enterprises/{e}/accounts/{a}/days/{d}/report", enterprise, account, DAY).param("format", format)
                .with(caller));
    }

    @Test
    void theCsvReportHasTheOpeningEveryEntryWithItsStandingTheClosingAndTheTotals() throws Exception {
        aDayWithTwoEntries();

        byte[] body = report("CSV", holding(enterprise, "AUDITOR")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"reconciliation-6222020200112233-2026-03-06.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        List<NamedCsvRecord> rows;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new String(body, StandardCharsets.UTF_8))) {
            rows = csv.stream().toList();
        }
        Map<String, List<NamedCsvRecord>> byRecord = rows.stream().collect(Collectors.groupingBy(r -> r.getField("record")));
        assertThat(byRecord.get("STATE").getFirst().getField("standing")).isEqualTo("OPEN (not closable)");
        assertThat(byRecord.get("OPENING").getFirst().getField("amount")).isEqualTo("1000.00");
        assertThat(byRecord.get("ENTRY")).extracting(r -> r.getField("line"), r -> r.getField("direction"), r -> r.getField("amount"),
                        r -> r.getField("counterparty_name"), r -> r.getField("standing"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "DEBIT", "250.00", "上海某某贸易有限公司", "UNRECONCILED"),
                        org.assertj.core.groups.Tuple.tuple("2", "CREDIT", "1000.50", "'=HYPERLINK(\"http://evil\")", "UNRECONCILED"));
        assertThat(byRecord.get("CLOSING").getFirst().getField("amount")).isEqualTo("1750.50");
        assertThat(byRecord.get("TOTAL_CREDITS").getFirst().getField("amount")).isEqualTo("1000.50");
        assertThat(byRecord.get("TOTAL_DEBITS").getFirst().getField("amount")).isEqualTo("250.00");
        assertThat(byRecord.get("LINES_UNRECONCILED").getFirst().getField("amount")).isEqualTo("2");
        assertThat(byRecord.get("LINES_UNKNOWN").getFirst().getField("amount")).isEqualTo("0");
        assertThat(byRecord.get("LINES_MATCHED").getFirst().getField("amount")).isEqualTo("0");
        assertThat(byRecord.get("BLOCKER")).extracting(r -> r.getField("standing"))
                .containsExactly("2 line(s) neither matched nor in an open discrepancy case");
    }

    @Test
    void thePdfReportShowsTheSameFiguresAndTheChinesePayeeName() throws Exception {
        aDayWithTwoEntries();

        byte[] pdf = report("PDF", holding(enterprise, "AUTHORIZER")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("每日对账报告", "Account 账户: 6222020200112233", "Opening balance 期初余额: 1000.00",
                "上海某某贸易有限公司", "250.00", "1000.50", "Closing balance 期末余额: 1750.50",
                "Total credits 贷方合计: 1000.50", "Total debits 借方合计: 250.00", "UNRECONCILED 2");
    }

    @Test
    void aClosedDaysReportSaysWhoClosedIt() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/accounts/{a}/books", enterprise, account).with(holding(enterprise, "AUTHORIZER"))
                .contentType("application/json")
                .content("{\"firstDay\":\"" + DAY + "\",\"openingBalance\":{\"value\":\"1000\",\"currency\":\"CNY\"}}"));
        bank.statement("STMT-0306", DAY, "1000.00", "1000.00");
        mvc.perform(post("/api/enterprises/{e}/accounts/{a}/days/{d}/close", enterprise, account, DAY).with(holding(enterprise, "AUDITOR")))
                .andExpect(status().isOk());

        String csv = report("CSV", holding(enterprise, "AUDITOR")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("STATE,6222020200112233,2026-03-06,,,,,,,CNY,,,,CLOSED\r\n");
    }

    @Test
    void onlyTheEnterprisesAuditorsAndAuthorizersReadItAndAnUnknownFormatIsRefused() throws Exception {
        report("CSV", holding(UUID.randomUUID(), "AUDITOR")).andExpect(status().isForbidden());
        report("CSV", holding(enterprise, "APPLICANT")).andExpect(status().isForbidden());
        report("XLSX", holding(enterprise, "AUDITOR")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
