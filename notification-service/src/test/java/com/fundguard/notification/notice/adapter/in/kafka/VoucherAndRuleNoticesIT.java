package com.fundguard.notification.notice.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.events.EventEnvelope;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.notification.delivery.domain.QuietHours;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * voucher-capture-service's and rules-service's events, as they publish them, through real Kafka and PostgreSQL: each
 * tells exactly the people it concerns, once each, in zh-CN, and nobody else, nobody of another enterprise; an event
 * delivered again tells nobody twice.
 */
@SpringBootTest
@WithRealInfrastructure
@Import({PeopleForTests.class, PlatformEvents.class})
class VoucherAndRuleNoticesIT {

    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalPreferences preferences;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "CASHIER");
    final UUID auditor = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID authorizer = PeopleForTests.person(enterprise, "AUTHORIZER");
    final UUID admin = PeopleForTests.person(enterprise, "ENTERPRISE_ADMIN");
    final UUID bystander = PeopleForTests.person(enterprise, "CASHIER");
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID otherAuthorizer = PeopleForTests.person(otherEnterprise, "AUTHORIZER");
    final UUID otherAdmin = PeopleForTests.person(otherEnterprise, "ENTERPRISE_ADMIN");
    final UUID transferId = UUID.randomUUID();
    final UUID earlierTransferId = UUID.randomUUID();

    EventEnvelope event(String type, String subject, String data) {
        return events.event(enterprise, type, subject, data);
    }

    void submitted(UUID transfer, String reference) throws Exception {
        events.publish(event("com.fundguard.transfer.submitted.v1", transfer.toString(), """
                {"transferId": "%s", "reference": "%s", "applicantId": "%s", "payerAccount": "6222000011112222",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890", "bankCode": "CCBCCNBJ", "type": "CORPORATE"},
                 "amount": "125000.50", "currency": "CNY", "purpose": "Invoice", "requestedExecutionDate": "2026-11-24",
                 "voucherIds": [], "submittedAt": "2026-11-23T03:00:00Z",
                 "route": {"decidedBy": "built-in", "riskFlags": [],
                           "steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}, {"name": "AUTHORIZE", "role": "AUTHORIZER", "quorum": 1}]}}
                """.formatted(transfer, reference, applicant)));
    }

    List<String> messages(UUID recipient, String causedBy) {
        return jdbc.sql("SELECT title || ' | ' || body FROM inbox_message WHERE recipient_id = ? AND caused_by = ?")
                .params(recipient, causedBy).query(String.class).list();
    }

    long messagesCausedBy(String causedBy) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE caused_by = ?").param(causedBy).query(Long.class).single();
    }

    List<String> deliveryTopics(String causedBy) {
        return jdbc.sql("SELECT DISTINCT topic FROM delivery WHERE caused_by = ?").param(causedBy).query(String.class).list();
    }

    String sseState(UUID recipient, String causedBy) {
        return jdbc.sql("SELECT state FROM delivery WHERE recipient_id = ? AND caused_by = ? AND channel = 'SSE'")
                .params(recipient, causedBy).query(String.class).single();
    }

    void quietNow(UUID person) {
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        preferences.choose(enterprise, person, new Preferences(Preferences.defaults().channels(),
                Optional.of(new QuietHours(now.minusHours(2), now.plusHours(2), ZoneOffset.UTC)), Optional.empty()));
    }

    @Test
    void aSuspectedVoucherReuseTellsTheWaitingApproversAndTheAuthorizersOnceEachThroughTheirQuietHours() throws Exception {
        quietNow(auditor);
        submitted(earlierTransferId, "TR-20261120-000042");
        submitted(transferId, "TR-20261123-000300");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM noticed_transfer WHERE enterprise_id = ?")
                .param(enterprise).query(Long.class).single() == 2);
        EventEnvelope suspected = event("com.fundguard.voucher.reuse-suspected.v1",
                UUID.randomUUID().toString(), """
                {"voucherId": "%s", "transferId": "%s", "otherVoucherId": "%s", "otherTransferId": "%s", "distance": 2}
                """.formatted(UUID.randomUUID(), transferId, UUID.randomUUID(), earlierTransferId));

        events.publish(suspected);
        events.publish(suspected);
        afterTheRedeliveryWasConsumed("voucher", suspected.subject());

        String expected = "付款申请 TR-20261123-000300 凭证疑似重复使用 | 付款申请 TR-20261123-000300：125000.50 CNY，收款人 "
                + "Shanghai Steel Co.（**********7890），其凭证与付款申请 TR-20261120-000042 已使用的凭证相似（差异 2），"
                + "可能重复付款。请核实两笔付款后再审批。";
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesCausedBy(suspected.id()) == 2);
        // Money at risk: the auditor's quiet hours do not hold the live stream back.
        await().atMost(Duration.ofSeconds(30)).until(() -> sseState(auditor, suspected.id()).equals("SENT"));
        assertThat(messages(auditor, suspected.id())).containsExactly(expected);
        assertThat(messages(authorizer, suspected.id())).containsExactly(expected);
        thenNobodyElseIsTold(suspected.id(), 2, applicant, admin, bystander);
        assertThat(deliveryTopics(suspected.id())).containsExactly(transferId.toString());
    }

    @Test
    void aRefusedUploadTellsOnlyTheUploaderWhy() throws Exception {
        UUID refusal = UUID.randomUUID();
        EventEnvelope rejected = event("com.fundguard.voucher.rejected.v1", refusal.toString(), """
                {"refusalId": "%s", "uploadedBy": "%s", "reason": "POOR_QUALITY", "detail": "",
                 "shortfalls": [{"check": "sharpness", "measured": 12.5, "threshold": 40.0}], "rejectedAt": "2026-11-23T03:00:00Z"}
                """.formatted(refusal, applicant));

        events.publish(rejected);
        events.publish(rejected);
        afterTheRedeliveryWasConsumed("voucher", rejected.subject());

        await().atMost(Duration.ofSeconds(30)).until(() -> messagesCausedBy(rejected.id()) == 1);
        assertThat(messages(applicant, rejected.id())).containsExactly("您上传的文件未被接受为凭证 | 您上传的文件未被接受为凭证："
                + "图片不够清晰（模糊、过暗或倾斜）。未达标的检查（实测 / 要求）：sharpness 12.5 / 40。");
        thenNobodyElseIsTold(rejected.id(), 1, auditor, authorizer, admin, bystander);
        assertThat(deliveryTopics(rejected.id())).containsExactly(refusal.toString());
    }

    @Test
    void aPublishedRuleSetTellsTheAdminsAndAuthorizersOnceEachWithTheRuleSetAsTopic() throws Exception {
        UUID ruleSet = UUID.randomUUID();
        quietNow(admin);
        EventEnvelope published = event("com.fundguard.rules.rule-set-published.v1", ruleSet.toString(), """
                {"ruleSetId": "%s", "version": 4, "publishedBy": "%s", "publishedAt": "2026-11-23T03:00:00Z"}
                """.formatted(ruleSet, authorizer));

        events.publish(published);
        events.publish(published);
        afterTheRedeliveryWasConsumed("rules", published.subject());

        String expected = "审批规则第 4 版已发布 | 企业的付款审批规则第 4 版已发布，此后由它决定哪些付款需要谁审批。如非预期的变更，请告知企业管理员。";
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesCausedBy(published.id()) == 2);
        assertThat(messages(admin, published.id())).containsExactly(expected);
        assertThat(messages(authorizer, published.id())).as("the publisher is told too").containsExactly(expected);
        thenNobodyElseIsTold(published.id(), 2, applicant, auditor, bystander);
        assertThat(deliveryTopics(published.id())).containsExactly(ruleSet.toString());
        assertThat(sseState(admin, published.id())).as("no money at risk: quiet hours hold the live stream").isEqualTo("PENDING");
    }

    /**
     * Sends one more event after the redelivered one, on the same topic with the same key (so the same partition, in
     * order), and waits until it is told: by then the redelivery has been consumed too, so counting is no race.
     */
    void afterTheRedeliveryWasConsumed(String family, String subject) throws Exception {
        EventEnvelope later = family.equals("rules")
                ? event("com.fundguard.rules.rule-set-published.v1", subject, """
                        {"ruleSetId": "%s", "version": 99, "publishedBy": "%s", "publishedAt": "2026-11-23T04:00:00Z"}
                        """.formatted(UUID.randomUUID(), authorizer))
                : event("com.fundguard.voucher.rejected.v1", subject, """
                        {"refusalId": "%s", "uploadedBy": "%s", "reason": "EMPTY", "detail": null, "shortfalls": [],
                         "rejectedAt": "2026-11-23T04:00:00Z"}
                        """.formatted(UUID.randomUUID(), bystander));
        events.publish(later);
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesCausedBy(later.id()) > 0);
    }

    void thenNobodyElseIsTold(String causedBy, long told, UUID... others) {
        for (UUID other : others) {
            assertThat(messages(other, causedBy)).as("%s", other).isEmpty();
        }
        assertThat(messages(otherAuthorizer, causedBy)).isEmpty();
        assertThat(messages(otherAdmin, causedBy)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE caused_by = ? AND enterprise_id <> ?")
                .params(causedBy, enterprise).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE caused_by = ? AND enterprise_id = ?")
                .params(causedBy, enterprise).query(Long.class).single()).isEqualTo(told);
    }
}
