package com.fundguard.notification.notice.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventTopics;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PhonesForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.TokensForTests;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.NoticeTopic;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.notification.delivery.domain.QuietHours;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.test.kafka.TopicReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * reconciliation-service's error-case events (差错), as it publishes them, through real Kafka and PostgreSQL, the live
 * stream over real HTTP and SMS through the sandbox sender: a bank debit no approved transfer explains reaches every
 * AUTHORIZER of the enterprise at once, through quiet hours, on every channel they chose and SMS where they opted in,
 * and nobody else, nobody of another enterprise; the other types tell the roles that work them; the reconciliation
 * events nobody here acts on are acknowledged, not dead-lettered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fundguard.notification.dispatch-every=PT0.1S")
@WithRealInfrastructure
@Import({PeopleForTests.class, PhonesForTests.class, TokensForTests.class, PlatformEvents.class})
class ErrorCaseNoticesIT {

    static final String OPENED = "com.fundguard.reconciliation.discrepancy-opened.v1";
    static final String ESCALATED = "com.fundguard.reconciliation.discrepancy-escalated.v1";
    static final String RESOLVED = "com.fundguard.reconciliation.discrepancy-resolved.v1";
    static final String ACCOUNT = "6222021001116245702";

    @LocalServerPort int port;
    @Autowired PlatformEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired PersonalPreferences preferences;
    @Autowired EventTopics topics;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "CASHIER");
    final UUID auditor = PeopleForTests.person(enterprise, "AUDITOR");
    /** Asleep (quiet hours now) and opted in to SMS for money at risk. */
    final UUID authorizer = PeopleForTests.person(enterprise, "AUTHORIZER");
    final UUID secondAuthorizer = PeopleForTests.person(enterprise, "AUTHORIZER");
    final UUID admin = PeopleForTests.person(enterprise, "ENTERPRISE_ADMIN");
    final UUID bystander = PeopleForTests.person(enterprise, "CASHIER");
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID otherAuthorizer = PeopleForTests.person(otherEnterprise, "AUTHORIZER");
    final UUID otherAuditor = PeopleForTests.person(otherEnterprise, "AUDITOR");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    EventEnvelope opened(UUID caseId, String type, String transferIds) {
        return events.event(enterprise, OPENED, caseId, """
                {"caseId": "%s", "type": "%s", "account": "%s", "amount": "48000.00", "currency": "CNY",
                 "transactionDate": "2026-11-23", "deadline": "2026-11-24T04:00:00Z",
                 "statementLineIds": ["%s"], "transferIds": [%s], "openedAt": "2026-11-23T10:00:00Z"}
                """.formatted(caseId, type, ACCOUNT, UUID.randomUUID(), transferIds));
    }

    List<String> messages(UUID recipient, String causedBy) {
        return jdbc.sql("SELECT title || ' | ' || body FROM inbox_message WHERE recipient_id = ? AND caused_by = ?")
                .params(recipient, causedBy).query(String.class).list();
    }

    List<UUID> toldOf(String causedBy) {
        return jdbc.sql("SELECT recipient_id FROM inbox_message WHERE caused_by = ? ORDER BY recipient_id")
                .param(causedBy).query(UUID.class).list();
    }

    Set<String> channelsOf(UUID recipient, String causedBy) {
        return Set.copyOf(jdbc.sql("SELECT channel FROM delivery WHERE recipient_id = ? AND caused_by = ?")
                .params(recipient, causedBy).query(String.class).list());
    }

    Optional<String> deliveryState(UUID recipient, String causedBy, String channel) {
        return jdbc.sql("SELECT state FROM delivery WHERE recipient_id = ? AND caused_by = ? AND channel = ?")
                .params(recipient, causedBy, channel).query(String.class).optional();
    }

    boolean applied(EventEnvelope event) {
        return jdbc.sql("SELECT count(*) FROM event_inbox WHERE consumer = 'notification-service' AND event_id = ?")
                .param(event.id()).query(Long.class).single() == 1;
    }

    List<String> smsTo(String phoneNumber) {
        return jdbc.sql("SELECT text FROM sandbox_sms WHERE phone_number = ?").param(phoneNumber).query(String.class).list();
    }

    /** Asleep now (quiet hours from two hours ago to two hours on) and SMS chosen for money at risk. */
    void asleepWithSmsForMoneyAtRisk(UUID enterpriseId, UUID person) {
        Map<NoticeTopic, Set<Channel>> channels = new EnumMap<>(Preferences.defaults().channels());
        Set<Channel> atRisk = EnumSet.copyOf(channels.get(NoticeTopic.MONEY_AT_RISK));
        atRisk.add(Channel.SMS);
        channels.put(NoticeTopic.MONEY_AT_RISK, atRisk);
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        preferences.choose(enterpriseId, person, new Preferences(channels,
                Optional.of(new QuietHours(now.minusHours(2), now.plusHours(2), ZoneOffset.UTC)), Optional.empty()));
    }

    /** One person's open live stream, read on a thread of its own: the titles it received, in order. */
    final class OpenStream implements AutoCloseable {
        final HttpResponse<InputStream> response;
        final List<String> titles = new CopyOnWriteArrayList<>();

        OpenStream(UUID person) throws Exception {
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enterprises/"
                                    + enterprise + "/users/" + person + "/inbox/stream"))
                            .header("Accept", "text/event-stream")
                            .header("Authorization", "Bearer " + TokensForTests.tokenOf(person, enterprise)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        titles.add(json.readTree(line.substring(5).trim()).get("title").asString());
                    }
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }

    @Test
    void aBankDebitWithoutTransferAlertsEveryAuthorizerAtOnceThroughQuietHoursOnEveryChannelTheyChoseAndNobodyElse() throws Exception {
        asleepWithSmsForMoneyAtRisk(enterprise, authorizer);
        asleepWithSmsForMoneyAtRisk(otherEnterprise, otherAuthorizer);
        PhonesForTests.registers(enterprise, authorizer, "+8613700000101");
        PhonesForTests.registers(enterprise, secondAuthorizer, "+8613700000102");
        PhonesForTests.registers(enterprise, auditor, "+8613700000103");
        PhonesForTests.registers(otherEnterprise, otherAuthorizer, "+8613700000109");
        UUID caseId = UUID.randomUUID();
        EventEnvelope alert = opened(caseId, "BANK_DEBIT_WITHOUT_TRANSFER", "");

        try (OpenStream stream = new OpenStream(authorizer)) {
            events.publish(alert);
            events.publish(alert); // delivered again

            String title = "警报：账户尾号5702被扣款 48000.00 CNY，无已审批付款对应";
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.titles.contains(title));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> stream.titles.size() == 1);
        }

        String expected = "警报：账户尾号5702被扣款 48000.00 CNY，无已审批付款对应 | 银行对账单显示账户 ***************5702 于 2026-11-23 "
                + "被扣款 48000.00 CNY，平台上没有任何已审批的付款与之对应，可能是绕过平台的付款。请立即与银行及掌握该账户网银的人员核实。"
                + "差错编号 " + caseId + "，处理期限 2026-11-24 12:00。";
        await().atMost(Duration.ofSeconds(30)).until(() -> smsTo("+8613700000101").size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveryState(secondAuthorizer, alert.id(), "SSE").orElse("").equals("SENT"));
        assertThat(messages(authorizer, alert.id())).containsExactly(expected);
        assertThat(messages(secondAuthorizer, alert.id())).containsExactly(expected);
        assertThat(toldOf(alert.id())).containsExactlyInAnyOrder(authorizer, secondAuthorizer);
        assertThat(channelsOf(authorizer, alert.id())).as("asleep, yet told at once everywhere they chose")
                .containsExactlyInAnyOrder("INBOX", "SSE", "SMS");
        assertThat(deliveryState(authorizer, alert.id(), "SSE")).contains("SENT");
        assertThat(deliveryState(authorizer, alert.id(), "SMS")).contains("SENT");
        assertThat(channelsOf(secondAuthorizer, alert.id())).as("did not opt in to SMS").containsExactlyInAnyOrder("INBOX", "SSE");
        assertThat(smsTo("+8613700000101")).containsExactly(
                "【FundGuard】警报：账户尾号5702于2026-11-23被扣款48000.00 CNY，无已审批付款对应，请立即核实。");
        assertThat(smsTo("+8613700000102")).isEmpty();
        assertThat(smsTo("+8613700000103")).isEmpty();
        assertThat(smsTo("+8613700000109")).as("another enterprise's authorizer").isEmpty();
        for (UUID nobody : List.of(applicant, auditor, admin, bystander, otherAuthorizer, otherAuditor)) {
            assertThat(messages(nobody, alert.id())).as("%s", nobody).isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE caused_by = ? AND enterprise_id <> ?")
                .params(alert.id(), enterprise).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT topic FROM delivery WHERE caused_by = ?").param(alert.id()).query(String.class).list())
                .as("the case is the deliveries' topic").containsExactly(caseId.toString());
        assertThat(fullAccountKeptAnywhere()).as("the account is only ever kept and told masked").isZero();
    }

    long fullAccountKeptAnywhere() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM inbox_message WHERE body LIKE ? OR title LIKE ?)
                     + (SELECT count(*) FROM delivery WHERE body LIKE ? OR title LIKE ?)
                     + (SELECT count(*) FROM sandbox_sms WHERE text LIKE ?)
                     + (SELECT count(*) FROM noticed_error_case WHERE masked_account LIKE ?)
                """).params("%" + ACCOUNT + "%", "%" + ACCOUNT + "%", "%" + ACCOUNT + "%", "%" + ACCOUNT + "%",
                "%" + ACCOUNT + "%", "%" + ACCOUNT + "%").query(Long.class).single();
    }

    @Test
    void theOtherTypesTellTheRolesThatWorkThemAnOverdueCaseTheAuthorizersAndAResolutionTheAuditorsInTheirInbox() {
        UUID transferId = UUID.randomUUID();
        events.publish(enterprise, "com.fundguard.transfer.submitted.v1", transferId, """
                {"transferId": "%s", "reference": "TR-20261123-000950", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "48000.00", "currency": "CNY", "route": {"steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}]}}
                """.formatted(transferId, applicant));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM noticed_transfer WHERE transfer_id = ?")
                .param(transferId).query(Long.class).single() == 1);

        EventEnvelope duplicate = events.publish(opened(UUID.randomUUID(), "DUPLICATE_DEBIT", "\"" + transferId + "\""));
        UUID feeCase = UUID.randomUUID();
        EventEnvelope fee = events.publish(opened(feeCase, "FEE", ""));
        EventEnvelope settledUnknown = events.publish(opened(UUID.randomUUID(), "UNKNOWN_OUTCOME_RESOLVED", "\"" + transferId + "\""));

        await().atMost(Duration.ofSeconds(30)).until(() -> toldOf(duplicate.id()).size() == 3);
        assertThat(toldOf(duplicate.id())).containsExactlyInAnyOrder(auditor, authorizer, secondAuthorizer);
        assertThat(messages(auditor, duplicate.id())).singleElement().satisfies(message -> assertThat(message)
                .startsWith("账户尾号5702差错：银行重复扣款 | 对账发现账户 ***************5702 的银行重复扣款：48000.00 CNY，交易日期 2026-11-23。")
                .endsWith("处理期限 2026-11-24 12:00。涉及付款：TR-20261123-000950。"));
        await().atMost(Duration.ofSeconds(30)).until(() -> toldOf(fee.id()).size() == 1);
        assertThat(toldOf(fee.id())).containsExactly(auditor);
        assertThat(channelsOf(auditor, fee.id())).as("an error case to work: inbox and live stream by default")
                .containsExactlyInAnyOrder("INBOX", "SSE");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(settledUnknown));
        assertThat(toldOf(settledUnknown.id())).as("settled automatically: transfer-settled tells the transfer's people").isEmpty();

        EventEnvelope overdue = events.publish(enterprise, ESCALATED, feeCase, """
                {"caseId": "%s", "type": "FEE", "account": "%s", "amount": "48000.00", "currency": "CNY",
                 "deadline": "2026-11-24T04:00:00Z", "owner": "%s", "state": "RESOLUTION_PROPOSED",
                 "escalatedAt": "2026-11-24T04:01:00Z"}
                """.formatted(feeCase, ACCOUNT, auditor));
        await().atMost(Duration.ofSeconds(30)).until(() -> toldOf(overdue.id()).size() == 2);
        assertThat(toldOf(overdue.id())).containsExactlyInAnyOrder(authorizer, secondAuthorizer);
        assertThat(messages(authorizer, overdue.id())).containsExactly("账户尾号5702差错超期：48000.00 CNY | 账户 ***************5702 的差错 "
                + feeCase + "（银行手续费，48000.00 CNY）未在处理期限 2026-11-24 12:00 前解决，现升级给您。已有处理方案，等待另一人审批。");

        EventEnvelope resolved = events.publish(enterprise, RESOLVED, feeCase, """
                {"caseId": "%s", "type": "FEE", "account": "%s", "amount": "48000.00", "currency": "CNY",
                 "resolution": "booked as bank charges", "proposedBy": "%s", "approvedBy": "%s", "automatic": false,
                 "statementLineIds": [], "transferIds": [], "resolvedAt": "2026-11-24T05:00:00Z"}
                """.formatted(feeCase, ACCOUNT, auditor, authorizer));
        await().atMost(Duration.ofSeconds(30)).until(() -> toldOf(resolved.id()).size() == 1);
        assertThat(messages(auditor, resolved.id())).as("the transaction date from what was kept of the case").containsExactly(
                "账户尾号5702差错已解决：48000.00 CNY | 账户 ***************5702 的差错 " + feeCase
                        + "（银行手续费，48000.00 CNY，交易日期 2026-11-23）已解决：booked as bank charges。");
        assertThat(channelsOf(auditor, resolved.id())).as("for the record: the inbox only by default").containsExactly("INBOX");

        for (EventEnvelope event : List.of(duplicate, fee, overdue, resolved)) {
            for (UUID nobody : List.of(applicant, admin, bystander, otherAuthorizer, otherAuditor)) {
                assertThat(messages(nobody, event.id())).as("%s of %s", nobody, event.type()).isEmpty();
            }
        }
        assertThat(fullAccountKeptAnywhere()).isZero();
    }

    @Test
    void theReconciliationEventsNobodyHereActsOnAreAcknowledgedWhileAMalformedErrorCaseIsDeadLettered() {
        UUID key = UUID.randomUUID();
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, topics.deadLetterOf(topics.of("reconciliation")))) {
            List<EventEnvelope> ignored = List.of(
                    events.publish(enterprise, "com.fundguard.reconciliation.statement-imported.v1", key, """
                            {"importId": "%s", "format": "MT940", "statements": 1, "entries": 12}
                            """.formatted(key)),
                    events.publish(enterprise, "com.fundguard.reconciliation.day-closed.v1", key, """
                            {"account": "%s", "date": "2026-11-23"}
                            """.formatted(ACCOUNT)),
                    events.publish(enterprise, "com.fundguard.reconciliation.recall-requested.v1", key, """
                            {"recallId": "%s", "transferId": "%s", "requestedBy": "%s"}
                            """.formatted(UUID.randomUUID(), UUID.randomUUID(), authorizer)),
                    events.publish(enterprise, "com.fundguard.reconciliation.recall-answered.v1", key, """
                            {"recallId": "%s", "answer": "ACCEPTED"}
                            """.formatted(UUID.randomUUID())));
            // After them on the same partition (same key): a case without its type cannot be told to the right people.
            EventEnvelope withoutType = events.publish(enterprise, OPENED, key, """
                    {"caseId": "%s", "account": "%s", "amount": "48000.00", "currency": "CNY"}
                    """.formatted(UUID.randomUUID(), ACCOUNT));

            deadLetters.awaitRecords(records -> records.stream().anyMatch(r -> r.value().contains(withoutType.id())));

            assertThat(deadLetters.readToEnd()).noneMatch(r -> ignored.stream().anyMatch(event -> r.value().contains(event.id())));
            assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE enterprise_id = ? AND caused_by IN (?, ?, ?, ?, ?)")
                    .params(enterprise, ignored.get(0).id(), ignored.get(1).id(), ignored.get(2).id(), ignored.get(3).id(),
                            withoutType.id()).query(Long.class).single()).isZero();
        }
    }
}
