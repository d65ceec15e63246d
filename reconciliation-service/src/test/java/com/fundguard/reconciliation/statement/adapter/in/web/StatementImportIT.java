package com.fundguard.reconciliation.statement.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Statement files from ../shared/testdata, unchanged, imported once per content. */
@SpringBootTest(properties = "fundguard.statements.max-file-size=64KB")
@AutoConfigureMockMvc
@WithRealInfrastructure
class StatementImportIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();

    static byte[] testdata(String path) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("fundguard.testdata"), path));
    }

    ResultActions receive(UUID enterpriseId, String format, byte[] content) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/statements", enterpriseId).with(memberOf(enterpriseId)).param("format", format)
                .contentType("application/octet-stream").content(content));
    }

    long importsOf(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM statement_import WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
    }

    @Test
    void aCamt053FileIsImportedOnceAndTheSecondDeliverySaysItIsADuplicate() throws Exception {
        byte[] camt = testdata("iso20022/camt.053.001.02_FinanceFinland_FFFS_sample.xml");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(camt));

        String id = receive(enterprise, "CAMT053", camt)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.duplicate").value(false))
                .andReturn().getResponse().getHeader("Location").replaceAll(".*/", "");
        receive(enterprise, "CAMT053", camt)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true))
                .andExpect(jsonPath("$.id").value(id));

        assertThat(importsOf(enterprise)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT content FROM statement_import WHERE id = ?::uuid").param(id).query(byte[].class).single()).isEqualTo(camt);
    }

    @Test
    void theSameFileInAnotherEnterpriseIsThatEnterprisesOwnFirstImportAndEachSeesOnlyItsOwn() throws Exception {
        byte[] mt940 = testdata("statements/mt940_wolph_jejik_ing.sta");
        UUID other = UUID.randomUUID();

        String mine = receive(enterprise, "MT940", mt940).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        receive(other, "MT940", mt940).andExpect(status().isCreated());

        mvc.perform(get(mine).with(memberOf(enterprise))).andExpect(status().isOk()).andExpect(jsonPath("$.format").value("MT940"));
        mvc.perform(get("/api/enterprises/{e}/statements/{i}", other, mine.replaceAll(".*/", "")).with(memberOf(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/statements", other).with(memberOf(other))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameterAndNothingIsImported() throws Exception {
        receive(enterprise, "PDF", testdata("statements/bai2_moov_sample1.txt"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));

        assertThat(importsOf(enterprise)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() throws Exception {
        receive(enterprise, "CSV", new byte[64 * 1024 + 1]).andExpect(status().isContentTooLarge());

        assertThat(importsOf(enterprise)).isZero();
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/statements");
    }
}
