package com.fundguard.voucher.voucher.adapter.in.web;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class VoucherApiIT {

    static final Path STORAGE = Path.of("target", "voucher-storage-" + UUID.randomUUID()).toAbsolutePath();
    static final int LIMIT_BYTES = 8 * 1024 * 1024;
    /** A sharp photo of an A4 invoice, as a phone takes it. */
    static final byte[] INVOICE_JPEG = Images.jpeg(Images.document(2000, 1500, 0, 1.0), 0.9f);
    /** The same invoice out of focus. */
    static final byte[] BLURRED_JPEG = Images.jpeg(Images.document(2000, 1500, 6, 1.0), 0.9f);

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

    static RequestPostProcessor admin(UUID enterprise) {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of("ENTERPRISE_ADMIN")));
    }

    long rejectedEvents(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE event_type = 'com.fundguard.voucher.rejected.v1' AND envelope LIKE ?")
                .param("%" + cashier + "%").query(Long.class).single();
    }

    long vouchersOf(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM voucher WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
    }

    @Test
    void anUploadedInvoiceIsStoredWithItsHashQualityAndEventAndReadsBackIdentical() throws Exception {
        byte[] jpeg = INVOICE_JPEG;
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));

        String location = upload(enterprise, "invoice.jpg", jpeg)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.sizeBytes").value(jpeg.length))
                .andExpect(jsonPath("$.captureDevice").value("PHONE_CAMERA"))
                .andExpect(jsonPath("$.quality.longSide").value(2000))
                .andExpect(jsonPath("$.quality.sharpness").value(org.hamcrest.Matchers.greaterThan(150.0)))
                .andReturn().getResponse().getHeader("Location");

        byte[] read = mvc.perform(get(location + "/content").with(as(cashier, enterprise)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(jpeg);
        String voucherId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ? AND event_type = 'com.fundguard.voucher.captured.v1'")
                .param(voucherId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPngNamedAndDeclaredAsAPdfIsTakenForWhatItsContentIs() throws Exception {
        byte[] png = Images.png(Images.document(1800, 1300, 0, 1.0));

        mvc.perform(multipart("/api/enterprises/{e}/vouchers", enterprise).with(as(cashier, enterprise))
                        .file(new MockMultipartFile("file", "contract.pdf", "application/pdf", png)).param("type", "CONTRACT"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.pages").value(1));
    }

    @Test
    void aBlurredPhotoIsRefusedWithTheMeasuredSharpnessAndTheThresholdAndOnlyTheRefusalIsRecorded() throws Exception {
        upload(enterprise, "invoice.jpg", BLURRED_JPEG)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fundguard.example/problems/voucher-quality"))
                .andExpect(jsonPath("$.captureDevice").value("PHONE_CAMERA"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].check").value("NOT_SHARP"))
                .andExpect(jsonPath("$.errors[0].measured").value(org.hamcrest.Matchers.lessThan(150.0)))
                .andExpect(jsonPath("$.errors[0].threshold").value(150.0));

        assertThat(vouchersOf(enterprise)).isZero();
        assertThat(Files.exists(STORAGE.resolve(enterprise.toString())) ? Files.list(STORAGE.resolve(enterprise.toString())).count() : 0).isZero();
        assertThat(rejectedEvents(enterprise)).isEqualTo(1);
    }

    @Test
    void anAdminsProfileIsServedToCaptureClientsAndAppliedToTheNextUpload() throws Exception {
        String lenient = "{\"minLongSide\":1600,\"minShortSide\":1200,\"minSharpness\":1,\"minBrightness\":40,"
                + "\"maxBrightness\":245,\"maxOverexposedShare\":0.5}";
        mvc.perform(put("/api/enterprises/{e}/capture-profiles/PHONE_CAMERA", enterprise).with(as(cashier, enterprise))
                .contentType(MediaType.APPLICATION_JSON).content(lenient)).andExpect(status().isForbidden());
        mvc.perform(put("/api/enterprises/{e}/capture-profiles/PHONE_CAMERA", enterprise).with(admin(enterprise))
                .contentType(MediaType.APPLICATION_JSON).content(lenient)).andExpect(status().isOk());

        mvc.perform(get("/api/enterprises/{e}/capture-profiles", enterprise).with(memberOf(enterprise)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.device == 'PHONE_CAMERA')].minSharpness").value(1.0))
                .andExpect(jsonPath("$[?(@.device == 'SCANNER')].minSharpness").value(200.0));
        upload(enterprise, "invoice.jpg", BLURRED_JPEG).andExpect(status().isCreated());
        UUID other = UUID.randomUUID();
        upload(other, "invoice.jpg", BLURRED_JPEG).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aProfileThatCannotBeMetIsRefusedNamingTheProfile() throws Exception {
        mvc.perform(put("/api/enterprises/{e}/capture-profiles/SCANNER", enterprise).with(admin(enterprise))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minLongSide\":1000,\"minShortSide\":2000,\"minSharpness\":1,"
                                + "\"minBrightness\":40,\"maxBrightness\":245,\"maxOverexposedShare\":0.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("profile"));
    }

    @Test
    void aBankCardNumberFailingLuhnIsAWarningAndOnlyItsLastFourDigitsAreEverKept() throws Exception {
        mvc.perform(multipart("/api/enterprises/{e}/vouchers", enterprise).with(as(cashier, enterprise))
                        .file(new MockMultipartFile("file", "card.jpg", "image/jpeg", INVOICE_JPEG))
                        .param("type", "BANK_CARD").param("number", "6222 0212 3456 7890 127"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.maskedNumber").value("***************0127"))
                .andExpect(jsonPath("$.warnings[0]").value("the bank card number fails the Luhn check"));

        String row = jdbc.sql("SELECT row_to_json(v)::text FROM voucher v WHERE enterprise_id = ?").param(enterprise).query(String.class).single();
        assertThat(row).doesNotContain("6222021234567890127").doesNotContain("62220212");
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE envelope LIKE '%62220212%'").query(Long.class).single()).isZero();
    }

    @Test
    void evidenceAlteredInStorageIsRefusedNeverServed() throws Exception {
        String location = upload(enterprise, "contract.pdf", Images.pdf()).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String voucherId = location.substring(location.lastIndexOf('/') + 1);
        Path stored = STORAGE.resolve(enterprise.toString()).resolve(voucherId);
        Files.writeString(stored, Files.readString(stored, StandardCharsets.ISO_8859_1).replace("Contract 17", "Contract 71"),
                StandardCharsets.ISO_8859_1);

        mvc.perform(get(location + "/content").with(as(cashier, enterprise)))
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
        String location = upload(enterprise, "receipt.jpg", INVOICE_JPEG).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String voucherId = location.substring(location.lastIndexOf('/') + 1);
        UUID other = UUID.randomUUID();

        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", other, voucherId).with(memberOf(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}/content", other, voucherId).with(memberOf(other))).andExpect(status().isNotFound());
    }

    @Test
    void aPhonePhotoIsStoredWithoutWhereItWasTakenButWithWhenAndTheStoredBytesAreWhatIsHashed() throws Exception {
        byte[] photo = Images.withPhoneExif(INVOICE_JPEG);

        String body = upload(enterprise, "IMG_2041.jpg", photo).andExpect(status().isCreated())
                .andExpect(jsonPath("$.capturedAt").value("2026-11-20T09:41:07"))
                // Orientation 6: shown upright the 2000 x 1500 picture is 1500 wide; the sides are the same.
                .andExpect(jsonPath("$.quality.longSide").value(2000))
                .andReturn().getResponse().getContentAsString();
        String location = "/api/enterprises/" + enterprise + "/vouchers/" + body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        byte[] stored = mvc.perform(get(location + "/content").with(as(cashier, enterprise))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(stored).isNotEqualTo(photo);
        assertThat(com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(stored))
                .getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
                .isEqualTo(jdbc.sql("SELECT sha256 FROM voucher WHERE enterprise_id = ?").param(enterprise).query(String.class).single());
        assertThat(jdbc.sql("SELECT had_location FROM voucher WHERE enterprise_id = ?").param(enterprise).query(Boolean.class).single()).isTrue();
    }

    @Test
    void beforeItsTransferIsSubmittedOnlyItsUploaderSeesAVoucher() throws Exception {
        String location = upload(enterprise, "invoice.jpg", INVOICE_JPEG).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(as(cashier, enterprise))).andExpect(status().isOk());
        mvc.perform(get(location).with(memberOf(enterprise))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/content").with(memberOf(enterprise))).andExpect(status().isNotFound());
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
