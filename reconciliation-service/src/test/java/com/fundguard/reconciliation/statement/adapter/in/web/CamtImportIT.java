package com.fundguard.reconciliation.statement.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The camt files of ../shared/testdata/iso20022, unchanged, through the import API: the readers are found by format. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class CamtImportIT {

    static final Path ISO20022 = Path.of(System.getProperty("fundguard.testdata"), "iso20022");
    /** File → entries; each holds one statement. */
    static final Map<String, Integer> CAMT053_FILES = Map.of(
            "camt.053.001.02_FinanceFinland_FFFS_sample.xml", 10,
            "camt.053.001.04_ISO20022-MDR-business-example.xml", 3,
            "camt.053.001.04_genkgo.xml", 1,
            "camt.053.001.08_genkgo.xml", 1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();

    ResultActions receive(String format, byte[] content) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/statements", enterprise)
                .with(jwt().jwt(token -> token.subject(UUID.randomUUID().toString())
                        .claim("enterprise_id", enterprise.toString()).claim("roles", List.of("AUDITOR"))))
                .param("format", format).param("filename", "the-file").contentType("application/octet-stream").content(content));
    }

    @Test
    void everyCamt053FileOfTheTestDataImportsWithItsEntriesAndBalances() throws Exception {
        List<String> files;
        try (var listing = Files.list(ISO20022)) {
            files = listing.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("camt.053")).toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(CAMT053_FILES.keySet());

        for (String file : files) {
            receive("CAMT053", Files.readAllBytes(ISO20022.resolve(file)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.statements").value(1))
                    .andExpect(jsonPath("$.entries").value(CAMT053_FILES.get(file)));
        }

        assertThat(jdbc.sql("SELECT closing_balance_amount FROM bank_statement WHERE enterprise_id = ? AND statement_reference = ?")
                .param(enterprise).param("BANKSTMTID0972009").query(BigDecimal.class).single()).isEqualByComparingTo("23644.83");
        assertThat(jdbc.sql("SELECT supplementary_details FROM statement_line WHERE enterprise_id = ? AND bank_reference = ?")
                .param(enterprise).param("AAAASESS-FP-ACCR-01").query(String.class).single()).isEqualTo("batch of 20 (PmtInfId FINP-0055/001)");
        // genkgo's two fixtures: the SEK closing balance of a EUR statement is not stored, and the statement says why.
        assertThat(jdbc.sql("SELECT count(*) FROM bank_statement WHERE enterprise_id = ? AND closing_balance_amount IS NULL "
                        + "AND information LIKE 'CLBD 27.00 DBIT SEK of 2014-12-30 not taken%'")
                .param(enterprise).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCamt054NotificationImportsWithoutBalances() throws Exception {
        // The ISO MDR business example's account and entries as a camt.054.001.04 notification (no camt.054 sample here).
        String notification = Files.readString(ISO20022.resolve("camt.053.001.04_ISO20022-MDR-business-example.xml"))
                .replaceAll("(?s)<Bal>.*?</Bal>", "").replace("camt.053.001.04", "camt.054.001.04")
                .replace("BkToCstmrStmt>", "BkToCstmrDbtCdtNtfctn>").replace("Stmt>", "Ntfctn>");

        receive("CAMT054", notification.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entries").value(3));

        assertThat(jdbc.sql("SELECT count(*) FROM bank_statement WHERE enterprise_id = ? AND opening_balance_amount IS NULL "
                + "AND closing_balance_amount IS NULL AND currency = 'SEK'").param(enterprise).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCamtFileWithAnExternalEntityIsRefusedAndNothingIsKept() throws Exception {
        String hostile = Files.readString(ISO20022.resolve("camt.053.001.08_genkgo.xml"))
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("AAAASESS-FP-CN_98765/01", "&x;");

        receive("CAMT053", hostile.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.file").value("the-file"))
                .andExpect(jsonPath("$.line").value(1));

        assertThat(jdbc.sql("SELECT count(*) FROM statement_line WHERE enterprise_id = ?").param(enterprise).query(Long.class).single())
                .isZero();
    }
}
