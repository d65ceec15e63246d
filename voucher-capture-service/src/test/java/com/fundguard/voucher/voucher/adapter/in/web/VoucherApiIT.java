package com.fundguard.voucher.voucher.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.voucher.voucher.domain.Images;
import java.nio.charset.StandardCharsets;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class VoucherApiIT {

    static final Path STORAGE = Path.of("target", "voucher-storage-" + UUID.randomUUID()).toAbsolutePath();
    static final int LIMIT_BYTES = 64 * 1024;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("fundguard.vouchers.storage.directory", STORAGE::toString);
        registry.add("fundguard.vouchers.max-file-size", () -> LIMIT_BYTES + "B");
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();

    ResultActions upload(UUID enterpriseId, String filename, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/enterprises/{e}/vouchers", enterpriseId).with(as(cashier, enterpriseId))
                .file(new MockMultipartFile("file", filename, "image/jpeg", bytes))
                .param("type", "INVOICE"));
    }

    long vouchersOf(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM voucher WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
    }

    @Test
    void anUploadedInvoiceIsStoredWithItsHashAndEventAndReadsBackIdentical() throws Exception {
        byte[] png = Images.encoded("png", 400, 200);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

        String location = upload(enterprise, "invoice.jpg", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.sizeBytes").value(png.length))
                .andReturn().getResponse().getHeader("Location");

        byte[] read = mvc.perform(get(location + "/content").with(memberOf(enterprise)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(png);
        String voucherId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ? AND event_type = 'com.fundguard.voucher.captured.v1'")
                .param(voucherId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void evidenceAlteredInStorageIsRefusedNeverServed() throws Exception {
        String location = upload(enterprise, "contract.pdf", Images.pdf()).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String voucherId = location.substring(location.lastIndexOf('/') + 1);
        Path stored = STORAGE.resolve(enterprise.toString()).resolve(voucherId);
        Files.writeString(stored, Files.readString(stored, StandardCharsets.ISO_8859_1).replace("Contract 17", "Contract 71"),
                StandardCharsets.ISO_8859_1);

        mvc.perform(get(location + "/content").with(memberOf(enterprise)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Integrity check failed"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Contract"))));
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefusedNamingTheFileAndNothingIsKept() throws Exception {
        upload(enterprise, "invoice.jpg", "just some text, not an image".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(vouchersOf(enterprise)).isZero();
        assertThat(Files.exists(STORAGE.resolve(enterprise.toString())) ? Files.list(STORAGE.resolve(enterprise.toString())).count() : 0).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() throws Exception {
        byte[] large = new byte[LIMIT_BYTES + 1];
        byte[] jpeg = Images.encoded("jpg", 64, 64);
        System.arraycopy(jpeg, 0, large, 0, jpeg.length);

        upload(enterprise, "big.jpg", large).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(vouchersOf(enterprise)).isZero();
        assertThat(Files.exists(STORAGE.resolve(enterprise.toString())) ? Files.list(STORAGE.resolve(enterprise.toString())).count() : 0).isZero();
    }

    @Test
    void anotherEnterpriseSeesNeitherTheVoucherNorItsContent() throws Exception {
        String location = upload(enterprise, "receipt.png", Images.encoded("png", 50, 50)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String voucherId = location.substring(location.lastIndexOf('/') + 1);
        UUID other = UUID.randomUUID();

        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", other, voucherId).with(memberOf(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}/content", other, voucherId).with(memberOf(other))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownVoucherTypeIsRefused() throws Exception {
        mvc.perform(multipart("/api/enterprises/{e}/vouchers", enterprise).with(memberOf(enterprise))
                        .file(new MockMultipartFile("file", "x.png", "image/png", Images.encoded("png", 10, 10)))
                        .param("type", "LOTTERY_TICKET"))
                .andExpect(status().isBadRequest());
        assertThat(vouchersOf(enterprise)).isZero();
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/vouchers");
    }
}
