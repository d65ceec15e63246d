package com.fundguard.notification.inbox.adapter.in.kafka;

import static com.fundguard.test.web.Callers.as;
import static com.fundguard.test.web.Callers.memberOf;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.events.EventEnvelope;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({PeopleForTests.class, PlatformEvents.class})
class TransferSubmittedToInboxIT {

    @Autowired MockMvc mvc;
    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = UUID.randomUUID();

    EventEnvelope submitted(String reference) {
        UUID transferId = UUID.randomUUID();
        // The producer's full contract, including fields this service does not read.
        String data = """
                {"transferId": "%s", "reference": "%s", "applicantId": "%s", "payerAccount": "6222000011112222",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": "125000.50", "currency": "CNY", "purpose": "Invoice", "requestedExecutionDate": "2026-11-24",
                 "voucherIds": [], "submittedAt": "2026-11-23T03:00:00Z"}
                """.formatted(transferId, reference, applicant);
        return events.event(enterprise, "com.fundguard.transfer.submitted.v1", transferId, data);
    }

    void publish(EventEnvelope event) throws Exception {
        events.publish(event);
    }

    long messagesFor(UUID recipient) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE recipient_id = ?").param(recipient).query(Long.class).single();
    }

    @Test
    void theApplicantFindsTheSubmissionInTheirInboxOnceEvenWhenTheEventComesTwice() throws Exception {
        EventEnvelope event = submitted("TR-20261123-000042");
        publish(event);
        publish(event);
        EventEnvelope marker = submitted("TR-20261123-000043");
        publish(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesFor(applicant) == 2);

        mvc.perform(get("/api/enterprises/{e}/users/{u}/inbox", enterprise, applicant).with(as(applicant, enterprise)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.messages.length()").value(2))
                .andExpect(jsonPath("$.messages[?(@.title == '付款申请 TR-20261123-000042 已提交')]").exists());
    }

    @Test
    void anotherEnterpriseSeesNothingOfIt() throws Exception {
        publish(submitted("TR-20261123-000044"));
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesFor(applicant) == 1);

        UUID other = UUID.randomUUID();
        mvc.perform(get("/api/enterprises/{e}/users/{u}/inbox", other, applicant).with(as(applicant, other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.messages.length()").value(0));
        mvc.perform(get("/api/enterprises/{e}/users/{u}/inbox", enterprise, applicant).with(as(applicant, other)))
                .andExpect(status().isForbidden());
        // Someone else of the same enterprise does not read the applicant's inbox.
        mvc.perform(get("/api/enterprises/{e}/users/{u}/inbox", enterprise, applicant).with(memberOf(enterprise)))
                .andExpect(status().isForbidden());
    }

    @Test
    void readingAMessageLowersTheUnreadCount() throws Exception {
        publish(submitted("TR-20261123-000045"));
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesFor(applicant) == 1);
        UUID messageId = jdbc.sql("SELECT id FROM inbox_message WHERE recipient_id = ?").param(applicant).query(UUID.class).single();

        mvc.perform(post("/api/enterprises/{e}/users/{u}/inbox/{m}/read", enterprise, applicant, messageId).with(as(applicant, enterprise)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").exists());
        UUID other = UUID.randomUUID();
        mvc.perform(post("/api/enterprises/{e}/users/{u}/inbox/{m}/read", other, applicant, messageId).with(as(applicant, other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{e}/users/{u}/inbox", enterprise, applicant).with(as(applicant, enterprise)))
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void exposesHealthMetricsAndItsOpenApiDescriptionAndNothingElseOfTheActuator() throws Exception {
        com.fundguard.test.web.ServiceConventions.exposesHealthMetricsAndOpenApi(mvc, "/api/enterprises/{enterpriseId}/users/{userId}/inbox");
    }

    @Test
    void theApplicantIsToldOfTheRejectionWithItsReason() throws Exception {
        UUID transferId = UUID.randomUUID();
        String data = """
                {"transferId": "%s", "reference": "TR-20261123-000046", "applicantId": "%s", "step": "AUDIT",
                 "rejectedBy": "%s", "reason": "invoice does not match the contract", "rejectedAt": "2026-11-23T04:00:00Z"}
                """.formatted(transferId, applicant, UUID.randomUUID());
        publish(events.event(enterprise, "com.fundguard.transfer.rejected.v1", transferId, data));
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesFor(applicant) == 1);

        mvc.perform(get("/api/enterprises/{e}/users/{u}/inbox", enterprise, applicant).with(as(applicant, enterprise)))
                .andExpect(jsonPath("$.messages[0].title").value("付款申请 TR-20261123-000046 已驳回"))
                .andExpect(jsonPath("$.messages[0].body").value(org.hamcrest.Matchers.containsString("invoice does not match the contract")));
    }
}
