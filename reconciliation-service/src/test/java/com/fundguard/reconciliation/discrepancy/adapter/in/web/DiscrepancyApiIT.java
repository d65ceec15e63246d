package com.fundguard.reconciliation.discrepancy.adapter.in.web;

import static com.fundguard.test.web.Callers.holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.reconciliation.discrepancy.application.DiscrepancyCases;
import com.fundguard.reconciliation.discrepancy.application.OpenDiscrepancy;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import com.fundguard.test.time.MovableClock;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Error cases through the API with real PostgreSQL and Kafka. The service's clock is the test's: Friday 2026-11-20,
 * 15:00 in Shanghai; Monday 2026-11-23 is a holiday here, so "the next business day at 12:00" is Tuesday noon.
 */
@SpringBootTest(properties = {"fundguard.discrepancies.scan-every=PT24H", "fundguard.discrepancies.attachments.max-size=64KB",
        "fundguard.discrepancies.calendar.holidays=2026-11-23"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import(DiscrepancyApiIT.TestClock.class)
class DiscrepancyApiIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant FRIDAY_3PM = shanghai("2026-11-20T15:00");
    static final Instant TUESDAY_NOON = shanghai("2026-11-24T12:00");

    @TestConfiguration
    static class TestClock {
        @Bean
        MovableClock movableClock() {
            return new MovableClock(FRIDAY_3PM);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired DiscrepancyCases cases;
    @Autowired MovableClock clock;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${fundguard.events.namespace}") String namespace;

    final UUID enterprise = UUID.randomUUID();
    final UUID auditor = UUID.randomUUID();
    final UUID authorizer = UUID.randomUUID();
    final UUID line = UUID.randomUUID();

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @BeforeEach
    void itIsFridayAfternoon() {
        clock.set(FRIDAY_3PM);
    }

    String openRequest(String transactionDate, UUID... lines) {
        return """
                {"type":"BANK_DEBIT_WITHOUT_TRANSFER","account":"CN6112345678","currency":"CNY","amount":1250.00,
                 "statementLineIds":%s,"transactionDate":"%s","detail":"debit of 1250.00 with no transfer behind it"}"""
                .formatted(json.writeValueAsString(List.of(lines)), transactionDate);
    }

    ResultActions open(UUID asPerson, String body) throws Exception {
        return mvc.perform(post("/api/enterprises/{e}/discrepancies", enterprise).with(holding(asPerson, enterprise, "AUDITOR"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    UUID openedCase() throws Exception {
        String location = open(auditor, openRequest("2026-11-19", line)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return UUID.fromString(location.replaceAll(".*/", ""));
    }

    ResultActions act(String path, UUID caseId, UUID person, String role, String body) throws Exception {
        var request = post("/api/enterprises/{e}/discrepancies/{c}/" + path, enterprise, caseId).with(holding(person, enterprise, role));
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long outboxed(UUID caseId, String type) {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE message_key = ? AND event_type = ?").params(caseId.toString(), type)
                .query(Long.class).single();
    }

    /** The case's events as published on the reconciliation topic, once {@code expected} of them are there. */
    List<JsonNode> published(UUID caseId, int expected) {
        try (TopicReader reader = new TopicReader(bootstrapServers, namespace + ".reconciliation")) {
            return reader.awaitRecords(records -> records.stream().filter(r -> caseId.toString().equals(r.key())).count() >= expected)
                    .stream().filter(r -> caseId.toString().equals(r.key())).map(ConsumerRecord::value).map(json::readTree).toList();
        }
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aBankDebitWithoutTransferIsOpenedOnceDueOnTheNextBusinessDayAtNoonAndPublished() throws Exception {
        UUID caseId = openedCase();

        open(authorizer, openRequest("2026-11-19", line)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(caseId.toString()));
        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", enterprise, caseId).with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.deadline").value(TUESDAY_NOON.toString()))
                .andExpect(jsonPath("$.amount").value("1250.00"))
                .andExpect(jsonPath("$.log[0].kind").value("OPENED"));
        assertThat(outboxed(caseId, "com.fundguard.reconciliation.discrepancy-opened.v1")).isEqualTo(1);

        JsonNode opened = published(caseId, 1).getFirst();
        assertThat(opened.get("type").asString()).isEqualTo("com.fundguard.reconciliation.discrepancy-opened.v1");
        assertThat(opened.get("enterpriseid").asString()).isEqualTo(enterprise.toString());
        JsonNode data = opened.get("data");
        assertThat(data.get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(data.get("type").asString()).isEqualTo("BANK_DEBIT_WITHOUT_TRANSFER");
        assertThat(data.get("account").asString()).isEqualTo("CN6112345678");
        assertThat(data.get("amount").asString()).isEqualTo("1250.00");
        assertThat(data.get("currency").asString()).isEqualTo("CNY");
        assertThat(data.get("transactionDate").asString()).isEqualTo("2026-11-19");
        assertThat(Instant.parse(data.get("deadline").asString())).isEqualTo(TUESDAY_NOON);
        assertThat(data.get("statementLineIds").get(0).asString()).isEqualTo(line.toString());
    }

    @Test
    void openingTheSameTypeForTheSameLinesAndTransfersAgainReturnsTheCaseAndChangesNothing() {
        UUID other = UUID.randomUUID();
        UUID transfer = UUID.randomUUID();
        var first = new OpenDiscrepancy(enterprise, DiscrepancyType.DUPLICATE_DEBIT, "CN6112345678", Currency.getInstance("CNY"),
                new BigDecimal("80.00"), List.of(line, other), List.of(transfer), LocalDate.parse("2026-11-19"), "booked twice");
        var again = new OpenDiscrepancy(enterprise, DiscrepancyType.DUPLICATE_DEBIT, "CN6112345678", Currency.getInstance("CNY"),
                new BigDecimal("80.00"), List.of(other, line), List.of(transfer), LocalDate.parse("2026-11-19"), "found again");
        var fee = new OpenDiscrepancy(enterprise, DiscrepancyType.FEE, "CN6112345678", Currency.getInstance("CNY"),
                new BigDecimal("0.50"), List.of(line), List.of(), LocalDate.parse("2026-11-19"), "");

        UUID id = cases.open(first);

        assertThat(cases.open(again)).isEqualTo(id);
        assertThat(cases.open(fee)).as("another type is another case").isNotEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM discrepancy_case WHERE enterprise_id = ?").param(enterprise).query(Long.class).single())
                .isEqualTo(2);
        assertThat(outboxed(id, "com.fundguard.reconciliation.discrepancy-opened.v1")).isEqualTo(1);
        assertThat(cases.find(enterprise, id).orElseThrow().discrepancy().facts().detail()).isEqualTo("booked twice");
    }

    @Test
    void aCaseIsWorkedWithTheBanksQueryAndReplyAndResolvedOnlyWhenASecondPersonApproves() throws Exception {
        UUID caseId = openedCase();
        byte[] letter = pdf();
        byte[] scan = png();

        mvc.perform(put("/api/enterprises/{e}/discrepancies/{c}/owner", enterprise, caseId).with(holding(authorizer, enterprise, "AUTHORIZER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"owner\":\"" + auditor + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value(auditor.toString()));
        mvc.perform(multipart("/api/enterprises/{e}/discrepancies/{c}/queries", enterprise, caseId)
                        .file(new MockMultipartFile("files", "query-to-bank.pdf", "application/pdf", letter))
                        .param("text", "Please confirm the debit of 1250.00 on 2026-11-19").with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isCreated());
        String replied = mvc.perform(multipart("/api/enterprises/{e}/discrepancies/{c}/replies", enterprise, caseId)
                        .file(new MockMultipartFile("files", "bank-reply.png", "image/png", scan))
                        .param("text", "The bank booked a standing order of the client").with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.log[2].kind").value("QUERIED_BANK"))
                .andExpect(jsonPath("$.log[2].attachments[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.log[2].attachments[0].sha256").value(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter))))
                .andExpect(jsonPath("$.log[3].kind").value("BANK_REPLIED"))
                .andExpect(jsonPath("$.log[3].attachments[0].fileName").value("bank-reply.png"))
                .andReturn().getResponse().getContentAsString();
        String href = json.readTree(replied).get("log").get(3).get("attachments").get(0).get("href").asString();
        mvc.perform(get(href).with(holding(authorizer, enterprise, "AUTHORIZER")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png")).andExpect(content().bytes(scan));
        assertThat(cases.isInOpenCase(enterprise, line)).isTrue();

        act("proposal", caseId, auditor, "AUDITOR", """
                {"resolution":"Standing order outside the platform: booked to the client's account","evidence":"bank reply of 2026-11-20"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RESOLUTION_PROPOSED"));
        act("approval", caseId, auditor, "AUDITOR", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PROPOSER_CANNOT_DECIDE"));
        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", enterprise, caseId).with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(jsonPath("$.state").value("RESOLUTION_PROPOSED"))
                .andExpect(jsonPath("$.proposal.by").value(auditor.toString()))
                .andExpect(jsonPath("$.log.length()").value(5));
        assertThat(outboxed(caseId, "com.fundguard.reconciliation.discrepancy-resolved.v1")).isZero();

        act("refusal", caseId, authorizer, "AUTHORIZER", "{\"why\":\"attach the standing order\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.log[5].kind").value("RESOLUTION_REFUSED"))
                .andExpect(jsonPath("$.log[5].text").value("attach the standing order"));
        act("proposal", caseId, auditor, "AUDITOR", """
                {"resolution":"Standing order outside the platform: booked to the client's account","evidence":"bank reply and standing order"}""")
                .andExpect(status().isOk());
        act("approval", caseId, authorizer, "AUTHORIZER", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESOLVED"))
                .andExpect(jsonPath("$.resolution.proposedBy").value(auditor.toString()))
                .andExpect(jsonPath("$.resolution.approvedBy").value(authorizer.toString()))
                .andExpect(jsonPath("$.resolution.evidence").value("bank reply and standing order"));

        assertThat(cases.isInOpenCase(enterprise, line)).isFalse();
        JsonNode resolved = published(caseId, 2).get(1);
        assertThat(resolved.get("type").asString()).isEqualTo("com.fundguard.reconciliation.discrepancy-resolved.v1");
        assertThat(resolved.get("data").get("approvedBy").asString()).isEqualTo(authorizer.toString());
        assertThat(resolved.get("data").get("automatic").asBoolean()).isFalse();
        act("proposal", caseId, authorizer, "AUTHORIZER", "{\"resolution\":\"reopen\",\"evidence\":\"none\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("CASE_RESOLVED"));
    }

    @Test
    void aDisputeAboutATransactionOlderThan180DaysIsRefusedNamingItsDateAndNothingIsOpened() throws Exception {
        open(auditor, openRequest("2026-05-23", line))  // 181 days before 2026-11-20
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("transactionDate"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("older than the dispute window of 180 days")));
        open(auditor, openRequest("2026-05-24", UUID.randomUUID())).andExpect(status().isCreated());

        assertThat(jdbc.sql("SELECT count(*) FROM discrepancy_case WHERE enterprise_id = ? AND transaction_date = '2026-05-23'")
                .param(enterprise).query(Long.class).single()).isZero();
    }

    @Test
    void anotherEnterpriseIsRefusedAndSoIsSomeoneWithoutTheRoles() throws Exception {
        UUID caseId = openedCase();
        UUID other = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();

        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", enterprise, caseId).with(holding(stranger, other, "AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/discrepancies", enterprise).with(holding(stranger, other, "AUTHORIZER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises/{e}/discrepancies/{c}/approval", enterprise, caseId).with(holding(stranger, other, "AUTHORIZER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", other, caseId).with(holding(stranger, other, "AUDITOR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", enterprise, caseId).with(holding(UUID.randomUUID(), enterprise, "CASHIER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("only an AUDITOR or AUTHORIZER works error cases"));
        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", enterprise, caseId)).andExpect(status().isUnauthorized());
    }

    @Test
    void documentsArePdfPngOrJpegWithinTheLimitAndARefusedOneLogsNothing() throws Exception {
        UUID caseId = openedCase();
        byte[] statementFile = Files.readAllBytes(Path.of(System.getProperty("fundguard.testdata"), "statements/bai2_moov_sample1.txt"));
        byte[] bigPdf = new byte[64 * 1024 + 1];
        System.arraycopy(pdf(), 0, bigPdf, 0, pdf().length);

        mvc.perform(multipart("/api/enterprises/{e}/discrepancies/{c}/replies", enterprise, caseId)
                        .file(new MockMultipartFile("files", "reply.pdf", "application/pdf", pdf()))
                        .file(new MockMultipartFile("files", "statement.txt", "text/plain", statementFile))
                        .param("text", "reply").with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files[1]"));
        mvc.perform(multipart("/api/enterprises/{e}/discrepancies/{c}/replies", enterprise, caseId)
                        .file(new MockMultipartFile("files", "reply.pdf", "application/pdf", bigPdf))
                        .param("text", "reply").with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("files[0]"));
        mvc.perform(multipart("/api/enterprises/{e}/discrepancies/{c}/replies", enterprise, caseId)
                        .param("text", " ").with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));

        mvc.perform(get("/api/enterprises/{e}/discrepancies/{c}", enterprise, caseId).with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(jsonPath("$.log.length()").value(1));
        assertThat(jdbc.sql("SELECT count(*) FROM discrepancy_attachment WHERE case_id = ?").param(caseId).query(Long.class).single()).isZero();
    }

    @Test
    void anOverdueCaseIsEscalatedOnceAndTheEscalationIsPublished() throws Exception {
        UUID caseId = openedCase();

        clock.set(TUESDAY_NOON.minusSeconds(60));
        cases.escalateOverdue(100);
        assertThat(outboxed(caseId, "com.fundguard.reconciliation.discrepancy-escalated.v1")).isZero();

        clock.set(TUESDAY_NOON.plusSeconds(60));
        cases.escalateOverdue(100);
        cases.escalateOverdue(100);

        assertThat(outboxed(caseId, "com.fundguard.reconciliation.discrepancy-escalated.v1")).isEqualTo(1);
        JsonNode escalated = published(caseId, 2).get(1);
        assertThat(escalated.get("type").asString()).isEqualTo("com.fundguard.reconciliation.discrepancy-escalated.v1");
        assertThat(Instant.parse(escalated.get("data").get("deadline").asString())).isEqualTo(TUESDAY_NOON);
        assertThat(escalated.get("data").get("state").asString()).isEqualTo("OPEN");
        mvc.perform(get("/api/enterprises/{e}/discrepancies", enterprise).param("open", "true").param("minAgeDays", "3")
                        .with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].overdue").value(true))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].escalatedAt").value(TUESDAY_NOON.plusSeconds(60).toString()));
        // opened Friday 15:00, now Tuesday 12:01: three whole days old, not four
        mvc.perform(get("/api/enterprises/{e}/discrepancies", enterprise).param("minAgeDays", "4")
                        .with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anUnknownOutcomeSettledByAStatementLineIsRecordedResolvedWithTheLineAsEvidence() {
        var settled = new OpenDiscrepancy(enterprise, DiscrepancyType.UNKNOWN_OUTCOME_RESOLVED, "CN6112345678", Currency.getInstance("CNY"),
                new BigDecimal("99.00"), List.of(line), List.of(UUID.randomUUID()), LocalDate.parse("2026-11-20"), "");

        UUID caseId = cases.recordResolvedAutomatically(settled, "the statement shows the order booked");

        assertThat(cases.recordResolvedAutomatically(settled, "again")).isEqualTo(caseId);
        var recorded = cases.find(enterprise, caseId).orElseThrow().discrepancy();
        assertThat(recorded.resolution().orElseThrow().evidence()).isEqualTo("statement line " + line);
        assertThat(cases.isInOpenCase(enterprise, line)).isFalse();
        List<JsonNode> events = published(caseId, 2);
        assertThat(events).extracting(e -> e.get("type").asString()).containsExactly(
                "com.fundguard.reconciliation.discrepancy-opened.v1", "com.fundguard.reconciliation.discrepancy-resolved.v1");
        assertThat(events.get(1).get("data").get("automatic").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        open(auditor, """
                {"type":"FEE","account":"CN6112345678","currency":"CNY","statementLineIds":["%s"],"transactionDate":"2026-11-19"}"""
                .formatted(line))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        open(auditor, openRequest("2026-11-19", line).replace("\"CNY\"", "\"XYZ\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"));
        open(auditor, openRequest("2026-11-19"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("statementLineIds"));
        mvc.perform(get("/api/enterprises/{e}/discrepancies", enterprise).param("type", "TYPO").with(holding(auditor, enterprise, "AUDITOR")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));

        assertThat(jdbc.sql("SELECT count(*) FROM discrepancy_case WHERE enterprise_id = ?").param(enterprise).query(Long.class).single())
                .isZero();
    }
}
