package com.fundguard.notification.notice.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.domain.Preferences;
import java.util.Set;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main flow's events, as approval-service and bank-connector-service publish them, through real Kafka: each role
 * is told what concerns it, in the enterprise's language (zh-CN by default), on each channel its preferences enable,
 * and nobody else is told anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({PeopleForTests.class, PlatformEvents.class})
class MainFlowNoticesIT {

    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalPreferences preferences;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "CASHIER");
    final UUID auditor = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID authorizer = PeopleForTests.person(enterprise, "AUTHORIZER");
    final UUID bystander = PeopleForTests.person(enterprise, "CASHIER");
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID otherAuditor = PeopleForTests.person(otherEnterprise, "AUDITOR");
    final UUID otherAuthorizer = PeopleForTests.person(otherEnterprise, "AUTHORIZER");
    final UUID transferId = UUID.randomUUID();

    void publish(String type, String data) {
        events.publish(enterprise, type, transferId, data);
    }

    List<String> titlesFor(UUID recipient) {
        return jdbc.sql("SELECT title FROM inbox_message WHERE recipient_id = ? ORDER BY created_at, title")
                .param(recipient).query(String.class).list();
    }

    Map<String, Long> deliveriesByChannel(UUID recipient) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT channel, count(*) AS n FROM delivery WHERE recipient_id = ? GROUP BY channel").param(recipient)
                .query((rs, n) -> counts.put(rs.getString("channel"), rs.getLong("n"))).list();
        return counts;
    }

    void givesAnEmailAddress(UUID person) {
        Preferences defaults = Preferences.defaults();
        preferences.choose(enterprise, person, new Preferences(defaults.channels(), Optional.empty(), Optional.of(person + "@example.com")));
    }

    long messagesIn(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
    }

    @Test
    void eachRoleIsToldWhatConcernsItOnEachEnabledChannelAndNobodyElseIsToldAnything() throws Exception {
        // The applicant wants to hear that the agent picked the payment up only in the inbox, not pushed.
        preferences.choose(enterprise, applicant, new Preferences(Preferences.defaults().channels(),
                Map.of(NoticeKind.EXECUTION_CLAIMED, Set.of(Channel.INBOX)), Optional.empty(), Optional.empty()));
        givesAnEmailAddress(auditor);
        givesAnEmailAddress(authorizer);
        givesAnEmailAddress(bystander);
        publish("com.fundguard.transfer.submitted.v1", """
                {"transferId": "%s", "reference": "TR-20261123-000100", "applicantId": "%s", "payerAccount": "6222000011112222",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": "125000.50", "currency": "CNY", "purpose": "Invoice", "requestedExecutionDate": "2026-11-24",
                 "voucherIds": [], "submittedAt": "2026-11-23T03:00:00Z",
                 "route": {"decidedBy": "built-in", "riskFlags": [],
                           "steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}, {"name": "AUTHORIZE", "role": "AUTHORIZER", "quorum": 1}]}}
                """.formatted(transferId, applicant));
        publish("com.fundguard.transfer.audited.v1", """
                {"transferId": "%s", "reference": "TR-20261123-000100", "applicantId": "%s", "nextState": "AWAITING_AUTHORIZATION",
                 "auditedAt": "2026-11-23T04:00:00Z", "approvedBy": ["%s"]}
                """.formatted(transferId, applicant, auditor));
        publish("com.fundguard.transfer.authorized.v1", """
                {"transferId": "%s", "reference": "TR-20261123-000100", "applicantId": "%s", "routeDecidedBy": "built-in",
                 "authorizedAt": "2026-11-23T05:00:00Z",
                 "order": {"payerAccount": "6222000011112222", "payeeName": "Shanghai Steel Co.", "payeeAccount": "6222999912347890",
                           "payeeBankCode": "CCBCCNBJ", "payeeType": "CORPORATE", "amount": "125000.50", "currency": "CNY",
                           "purpose": "Invoice", "requestedExecutionDate": "2026-11-24", "voucherIds": [], "contentHash": "abc"},
                 "approvedBy": ["%s", "%s"]}
                """.formatted(transferId, applicant, auditor, authorizer));
        // The execution topic is another partition log: its events follow the transfer's once those are applied.
        await().atMost(Duration.ofSeconds(30)).until(() -> titlesFor(applicant).size() == 3);
        publish("com.fundguard.execution.claimed.v1", """
                {"transferId": "%s", "reference": "TR-20261123-000100", "endToEndId": "E2E-1", "attempt": 1, "agentId": "agent-1",
                 "leaseExpiresAt": "2026-11-23T06:05:00Z", "claimedAt": "2026-11-23T06:00:00Z"}
                """.formatted(transferId));
        publish("com.fundguard.execution.failed.v1", """
                {"transferId": "%s", "reference": "TR-20261123-000100", "endToEndId": "E2E-1", "attempt": 1, "reasonCode": "AC04",
                 "byInquiry": false, "movement": {"payerAccount": "6222000011112222", "payeeAccount": "6222999912347890",
                 "amount": "125000.50", "currency": "CNY"}, "failedAt": "2026-11-23T06:01:00Z"}
                """.formatted(transferId));
        await().atMost(Duration.ofSeconds(30)).until(() -> titlesFor(applicant).size() == 5 && titlesFor(authorizer).size() == 3);

        assertThat(titlesFor(applicant)).containsExactly(
                "付款申请 TR-20261123-000100 已提交", "付款申请 TR-20261123-000100 已审核", "付款申请 TR-20261123-000100 已授权",
                "付款 TR-20261123-000100 已提交银行", "付款 TR-20261123-000100 银行执行失败");
        // Everyone who approved hears of the results of what they approved.
        assertThat(titlesFor(auditor)).containsExactly("付款申请 TR-20261123-000100 已提交", "付款申请 TR-20261123-000100 已授权",
                "付款 TR-20261123-000100 银行执行失败");
        assertThat(titlesFor(authorizer)).containsExactly("付款申请 TR-20261123-000100 已审核", "付款申请 TR-20261123-000100 已授权",
                "付款 TR-20261123-000100 银行执行失败");
        assertThat(titlesFor(bystander)).isEmpty();
        assertThat(titlesFor(otherAuditor)).isEmpty();
        assertThat(titlesFor(otherAuthorizer)).isEmpty();
        assertThat(messagesIn(otherEnterprise)).isZero();
        assertThat(messagesIn(enterprise)).isEqualTo(11);
        // Inbox and SSE for everything; e-mail (for those who gave an address) for approvals waiting and money at risk.
        assertThat(deliveriesByChannel(applicant)).as("all but the claim pushed").isEqualTo(Map.of("INBOX", 5L, "SSE", 4L));
        assertThat(deliveriesByChannel(auditor)).isEqualTo(Map.of("INBOX", 3L, "SSE", 3L, "EMAIL", 2L));
        assertThat(deliveriesByChannel(authorizer)).isEqualTo(Map.of("INBOX", 3L, "SSE", 3L, "EMAIL", 2L));
        assertThat(deliveriesByChannel(bystander)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE enterprise_id = ?").param(otherEnterprise).query(Long.class).single()).isZero();
        String body = jdbc.sql("SELECT body FROM inbox_message WHERE recipient_id = ? AND title LIKE '%失败'")
                .param(auditor).query(String.class).single();
        assertThat(body).contains("125000.50 CNY", "Shanghai Steel Co.", "**********7890", "AC04").doesNotContain("6222999912347890");
    }
}
