package com.fundguard.voucher.voucher.adapter.in.kafka;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.EventTopics;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.voucher.voucher.domain.Images;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Transfers submitted through real Kafka attach their vouchers: who may see them, and the same evidence used twice. */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class TransferAttachmentIT {

    static final Path STORAGE = Path.of("target", "voucher-storage-" + UUID.randomUUID()).toAbsolutePath();
    static final BufferedImage INVOICE = Images.document(2000, 1500, 0, 1.0);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("fundguard.vouchers.storage.directory", STORAGE::toString);
    }

    @Autowired MockMvc mvc;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventTopics topics;
    @Autowired EventEnvelopeCodec codec;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();

    UUID upload(byte[] image) throws Exception {
        String body = mvc.perform(multipart("/api/enterprises/{e}/vouchers", enterprise).with(as(cashier, enterprise))
                        .file(new MockMultipartFile("file", "invoice.jpg", "image/jpeg", image)).param("type", "INVOICE"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    UUID submit(UUID... voucherIds) throws Exception {
        UUID transferId = UUID.randomUUID();
        String data = """
                {"transferId": "%s", "reference": "TR-1", "applicantId": "%s", "payerAccount": "6222000011112222",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": "125000.50", "currency": "CNY", "purpose": "Invoice", "requestedExecutionDate": "2026-11-24",
                 "voucherIds": %s, "submittedAt": "2026-11-23T03:00:00Z",
                 "route": {"decidedBy": "builtin-default@1", "steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1},
                           {"name": "AUTHORIZATION", "role": "AUTHORIZER", "quorum": 1}], "riskFlags": []}}
                """.formatted(transferId, cashier, json.writeValueAsString(List.of(voucherIds)));
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/approval-service",
                "com.fundguard.transfer.submitted.v1", transferId.toString(), Instant.now(), "application/json",
                enterprise.toString(), null, json.readTree(data));
        kafka.send(topics.of("transfer"), event.subject(), codec.write(event)).get();
        return transferId;
    }

    long attachmentsOf(UUID transferId) {
        return jdbc.sql("SELECT count(*) FROM voucher_attachment WHERE transfer_id = ?").param(transferId).query(Long.class).single();
    }

    long reuseEvents() {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE event_type = 'com.fundguard.voucher.reuse-suspected.v1' AND envelope LIKE ?")
                .param("%" + enterprise + "%").query(Long.class).single();
    }

    static RequestPostProcessor servicePlatform() {
        return jwt().jwt(token -> token.subject("approval-service").claim("scope", List.of("vouchers.read")));
    }

    static RequestPostProcessor holding(String role, UUID enterprise) {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString()).claim("enterprise_id", enterprise.toString())
                .claim("roles", List.of(role)));
    }

    @Test
    void onceSubmittedTheTransfersApproversSeeItsVouchersAndOtherColleaguesDoNot() throws Exception {
        UUID voucher = upload(Images.jpeg(INVOICE, 0.9f));
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(holding("AUDITOR", enterprise)))
                .andExpect(status().isNotFound());

        UUID transfer = submit(voucher);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(transfer) == 1);

        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(holding("AUDITOR", enterprise))).andExpect(status().isOk());
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}/content", enterprise, voucher).with(holding("AUTHORIZER", enterprise)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(as(cashier, enterprise))).andExpect(status().isOk());
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(holding("OPERATOR", enterprise)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}/content", enterprise, voucher).with(memberOf(enterprise)))
                .andExpect(status().isNotFound());
        UUID other = UUID.randomUUID();
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", other, voucher).with(holding("AUDITOR", other))).andExpect(status().isNotFound());
    }

    @Test
    void theSamePhotoReEncodedSmallerOnAnotherTransferIsFlaggedOnBothAndToldOnce() throws Exception {
        UUID first = upload(Images.jpeg(INVOICE, 0.92f));
        UUID again = upload(Images.jpeg(Images.resized(INVOICE, 1700, 1275), 0.6f));
        UUID unrelated = upload(Images.jpeg(Images.anotherDocument(2000, 1500), 0.9f));
        UUID firstTransfer = submit(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(firstTransfer) == 1);
        // What approval-service reads for the rules before the second transfer exists: the picture is already used.
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, again).with(servicePlatform()))
                .andExpect(jsonPath("$.transfersWithThisEvidence[0]").value(firstTransfer.toString()));
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, unrelated).with(servicePlatform()))
                .andExpect(jsonPath("$.transfersWithThisEvidence.length()").value(0));

        UUID secondTransfer = submit(again);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(secondTransfer) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> reuseEvents() == 1);

        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, again).with(holding("AUDITOR", enterprise)))
                .andExpect(jsonPath("$.reuseSuspected.length()").value(1))
                .andExpect(jsonPath("$.reuseSuspected[0].transferId").value(secondTransfer.toString()))
                .andExpect(jsonPath("$.reuseSuspected[0].otherVoucherId").value(first.toString()))
                .andExpect(jsonPath("$.reuseSuspected[0].otherTransferId").value(firstTransfer.toString()));
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, first).with(holding("AUTHORIZER", enterprise)))
                .andExpect(jsonPath("$.reuseSuspected.length()").value(1))
                .andExpect(jsonPath("$.reuseSuspected[0].otherTransferId").value(secondTransfer.toString()));

        UUID thirdTransfer = submit(unrelated);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(thirdTransfer) == 1);
        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, unrelated).with(holding("AUDITOR", enterprise)))
                .andExpect(jsonPath("$.reuseSuspected.length()").value(0));
        assertThat(reuseEvents()).isEqualTo(1);
    }

    @Test
    void aTransfersVouchersAreListedWithThumbnailsForItsApproversAndAnApplicantListsTheirOwnUploads() throws Exception {
        UUID invoice = upload(Images.jpeg(INVOICE, 0.9f));
        UUID contract = upload(Images.pdf());
        UUID transfer = submit(invoice, contract);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(transfer) == 2);

        String list = mvc.perform(get("/api/enterprises/{e}/vouchers", enterprise).param("transferId", transfer.toString())
                        .with(holding("AUDITOR", enterprise)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(invoice.toString()))
                .andExpect(jsonPath("$[1].mediaType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        String thumbnail = json.readTree(list).get(0).get("thumbnail").asString();
        byte[] small = mvc.perform(get(thumbnail).with(holding("AUDITOR", enterprise)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small)).getWidth()).isEqualTo(320);

        mvc.perform(get("/api/enterprises/{e}/vouchers", enterprise).param("transferId", transfer.toString()).with(holding("OPERATOR", enterprise)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(thumbnail).with(holding("OPERATOR", enterprise))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/vouchers", enterprise).with(as(cashier, enterprise)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(contract.toString()));
        mvc.perform(get("/api/enterprises/{e}/vouchers", enterprise).with(memberOf(enterprise))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aMistakenUploadIsDeletedByItsUploaderWithAReasonAndTheDeletionIsRecorded() throws Exception {
        UUID voucher = upload(Images.jpeg(INVOICE, 0.9f));

        mvc.perform(delete("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).param("reason", "wrong invoice").with(memberOf(enterprise)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_THE_UPLOADER_OR_AN_ADMIN"));
        mvc.perform(delete("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(as(cashier, enterprise)))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).param("reason", "wrong invoice").with(as(cashier, enterprise)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(as(cashier, enterprise))).andExpect(status().isNotFound());
        assertThat(java.nio.file.Files.exists(STORAGE.resolve(enterprise.toString()).resolve(voucher.toString()))).isFalse();
        assertThat(jdbc.sql("SELECT reason FROM voucher_deletion WHERE voucher_id = ? AND deleted_by = ?").params(voucher, cashier)
                .query(String.class).single()).isEqualTo("wrong invoice");
    }

    @Test
    void aSubmittedVoucherIsKeptUntilItsRetentionHasPassedAndThenOnlyAnAdminDeletesIt() throws Exception {
        UUID voucher = upload(Images.jpeg(INVOICE, 0.9f));
        UUID transfer = submit(voucher);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(transfer) == 1);

        mvc.perform(delete("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).param("reason", "tidy up").with(as(cashier, enterprise)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("SUBMITTED_VOUCHERS_ARE_DELETED_BY_AN_ADMIN_ONLY"));
        mvc.perform(delete("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).param("reason", "tidy up").with(holding("ENTERPRISE_ADMIN", enterprise)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("STILL_WITHIN_RETENTION"));
        mvc.perform(put("/api/enterprises/{e}/voucher-retention", enterprise).with(holding("ENTERPRISE_ADMIN", enterprise))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"retentionDays\": 30}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/enterprises/{e}/voucher-retention", enterprise).with(as(cashier, enterprise))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"retentionDays\": 3650}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/enterprises/{e}/voucher-retention", enterprise).with(holding("ENTERPRISE_ADMIN", enterprise))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"retentionDays\": 3650}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retentionDays").value(3650));

        // Eleven years pass.
        jdbc.sql("UPDATE voucher_attachment SET attached_at = attached_at - interval '11 years' WHERE voucher_id = ?").param(voucher).update();
        mvc.perform(delete("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).param("reason", "retention ended").with(holding("ENTERPRISE_ADMIN", enterprise)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT was_attached FROM voucher_deletion WHERE voucher_id = ?").param(voucher).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theVeryVoucherOnASecondTransferIsReuseToo() throws Exception {
        UUID voucher = upload(Images.jpeg(INVOICE, 0.9f));
        UUID firstTransfer = submit(voucher);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(firstTransfer) == 1);

        UUID secondTransfer = submit(voucher);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentsOf(secondTransfer) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> reuseEvents() == 1);

        mvc.perform(get("/api/enterprises/{e}/vouchers/{v}", enterprise, voucher).with(holding("AUDITOR", enterprise)))
                .andExpect(jsonPath("$.reuseSuspected[?(@.distance == 0)]").exists());
    }
}
