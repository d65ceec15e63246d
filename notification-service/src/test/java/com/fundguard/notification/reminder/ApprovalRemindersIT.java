package com.fundguard.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.notification.ClockForTests;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.reminder.application.ApprovalFollowUps;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders and escalation end to end: transfer events through real Kafka start and end the waiting steps, the clock
 * is moved by hand over a weekend and a holiday, and the scan (run by the test, twice at once where it matters) tells
 * the approvers, then the next authorizer or the admins, each once, by the enterprise's own policy.
 *
 * <p>2026-11-20 is a Friday; enterprise A works 09:00–18:00 Shanghai time, Monday to Friday, with Monday 2026-11-23 a
 * holiday, reminds after 4 business hours and escalates 2 business hours after the reminder. A transfer submitted
 * Friday 16:00 has 2 business hours on Friday and reaches 4 on Tuesday 11:00.
 */
@SpringBootTest(properties = {"fundguard.notification.reminders.scan-every=PT24H", "fundguard.notification.dispatch-every=PT0.1S"})
@AutoConfigureMockMvc
@WithRealInfrastructure
@Import({PeopleForTests.class, ClockForTests.class, PlatformEvents.class})
class ApprovalRemindersIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApprovalFollowUps followUps;
    @Autowired ClockForTests.MovableClock clock;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "APPLICANT");
    final UUID auditor = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID secondAuditor = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID authorizer = PeopleForTests.person(enterprise, "AUTHORIZER");
    final UUID admin = PeopleForTests.person(enterprise, "ENTERPRISE_ADMIN");
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID otherApplicant = PeopleForTests.person(otherEnterprise, "APPLICANT");
    final UUID otherAuditor = PeopleForTests.person(otherEnterprise, "AUDITOR");
    final UUID otherAdmin = PeopleForTests.person(otherEnterprise, "ENTERPRISE_ADMIN");

    /** Audit then authorization, waiting from Friday 16:00. */
    final UUID auditedAndAuthorized = UUID.randomUUID();
    /** Authorization only (the last step): the escalation goes to the admins. */
    final UUID authorizationOnly = UUID.randomUUID();
    /** Audited and authorized before either step was due: nobody is reminded. */
    final UUID decidedInTime = UUID.randomUUID();
    /** Of the other enterprise, whose own policy reminds after one business hour. */
    final UUID otherEnterprisesTransfer = UUID.randomUUID();

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static RequestPostProcessor adminOf(UUID person, UUID enterpriseId) {
        return jwt().jwt(t -> t.subject(person.toString()).claim("enterprise_id", enterpriseId.toString())
                .claim("roles", List.of("ENTERPRISE_ADMIN")));
    }

    void setsPolicy(UUID enterpriseId, UUID by, String body) throws Exception {
        mvc.perform(put("/api/enterprises/{e}/notification-settings/reminders", enterpriseId).with(adminOf(by, enterpriseId))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    void publish(UUID enterpriseId, UUID transferId, String type, Instant at, String data) throws Exception {
        events.publish(events.event(enterpriseId, "com.fundguard.transfer." + type + ".v1", transferId, at, data));
    }

    void submitted(UUID enterpriseId, UUID transferId, UUID applicantId, String reference, String roles) throws Exception {
        clock.set(shanghai("2026-11-20T16:00"));
        publish(enterpriseId, transferId, "submitted", shanghai("2026-11-20T16:00"), """
                {"transferId": "%s", "reference": "%s", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "125000.50", "currency": "CNY", "route": {"steps": [%s]}}
                """.formatted(transferId, reference, applicantId, roles));
    }

    /** The event carries its own time; the test's clock stays where the scans have it. */
    void decided(UUID transferId, String type, String at) throws Exception {
        publish(enterprise, transferId, type, shanghai(at), """
                {"transferId": "%s", "reference": "TR-20261120-000003", "applicantId": "%s"}
                """.formatted(transferId, applicant));
    }

    long openSteps(UUID transferId) {
        return jdbc.sql("SELECT count(*) FROM approval_follow_up WHERE transfer_id = ? AND ended_at IS NULL")
                .param(transferId).query(Long.class).single();
    }

    long endedSteps(UUID transferId) {
        return jdbc.sql("SELECT count(*) FROM approval_follow_up WHERE transfer_id = ? AND ended_at IS NOT NULL")
                .param(transferId).query(Long.class).single();
    }

    /** The follow-ups a person was told (their inbox deliveries, written in the scan's transaction). */
    List<String> followUpsTold(UUID person) {
        return jdbc.sql("""
                        SELECT caused_by FROM delivery WHERE recipient_id = ? AND channel = 'INBOX' AND caused_by LIKE 'approval-%'
                        ORDER BY caused_by""")
                .param(person).query(String.class).list();
    }

    static String reminderOf(UUID transferId) {
        return "approval-reminder/" + transferId + "/0";
    }

    static String escalationOf(UUID transferId) {
        return "approval-escalated/" + transferId + "/0";
    }

    void scanAt(String shanghaiTime) {
        clock.set(shanghai(shanghaiTime));
        followUps.followUpDue();
    }

    /** Two instances' scans at the same moment, then one more: the waiting steps are each looked at by one of them. */
    void scanTwiceAtOnceAt(String shanghaiTime) {
        clock.set(shanghai(shanghaiTime));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(followUps::followUpDue);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(followUps::followUpDue);
        CompletableFuture.allOf(one, other).join();
        followUps.followUpDue();
    }

    @Test
    void remindsTheApproversOnceAfterTheBusinessHoursOverWeekendAndHolidayThenEscalatesToTheNextAuthorizerOrTheAdmins()
            throws Exception {
        setsPolicy(enterprise, admin, """
                {"remindAfter": "PT4H", "escalateAfterReminder": "PT2H", "zone": "Asia/Shanghai", "opens": "09:00",
                 "closes": "18:00", "weekend": ["SATURDAY", "SUNDAY"], "holidays": ["2026-11-23"]}
                """);
        String auditThenAuthorize = """
                {"name": "AUDIT", "role": "AUDITOR", "quorum": 1}, {"name": "AUTHORIZE", "role": "AUTHORIZER", "quorum": 1}""";
        submitted(enterprise, auditedAndAuthorized, applicant, "TR-20261120-000001", auditThenAuthorize);
        submitted(enterprise, authorizationOnly, applicant, "TR-20261120-000002",
                "{\"name\": \"AUTHORIZE\", \"role\": \"AUTHORIZER\", \"quorum\": 1}");
        submitted(enterprise, decidedInTime, applicant, "TR-20261120-000003", auditThenAuthorize);
        decided(decidedInTime, "audited", "2026-11-20T16:30");
        decided(decidedInTime, "authorized", "2026-11-23T10:00");
        submitted(otherEnterprise, otherEnterprisesTransfer, otherApplicant, "TR-20261120-000004",
                "{\"name\": \"AUDIT\", \"role\": \"AUDITOR\", \"quorum\": 1}");
        await().atMost(Duration.ofSeconds(30)).until(() -> openSteps(auditedAndAuthorized) == 1
                && openSteps(authorizationOnly) == 1 && endedSteps(decidedInTime) == 2 && openSteps(otherEnterprisesTransfer) == 1);

        // The other enterprise waits under the defaults (4 hours) until its admin sets 1 hour; the change applies at once.
        scanAt("2026-11-20T16:00");
        setsPolicy(otherEnterprise, otherAdmin, """
                {"remindAfter": "PT1H", "escalateAfterReminder": "PT8H", "zone": "Asia/Shanghai", "opens": "09:00",
                 "closes": "18:00", "weekend": ["SATURDAY", "SUNDAY"]}
                """);
        scanTwiceAtOnceAt("2026-11-20T17:00");
        assertThat(followUpsTold(otherAuditor)).containsExactly(reminderOf(otherEnterprisesTransfer));
        for (String notYet : List.of("2026-11-20T17:00", "2026-11-21T12:00", "2026-11-23T11:00", "2026-11-24T10:59")) {
            scanAt(notYet);
            assertThat(followUpsTold(auditor)).as("at %s: weekend and holiday do not count", notYet).isEmpty();
            assertThat(followUpsTold(authorizer)).as(notYet).isEmpty();
        }

        scanTwiceAtOnceAt("2026-11-24T11:00");
        scanAt("2026-11-24T12:00");

        assertThat(followUpsTold(auditor)).containsExactly(reminderOf(auditedAndAuthorized));
        assertThat(followUpsTold(secondAuditor)).containsExactly(reminderOf(auditedAndAuthorized));
        assertThat(followUpsTold(authorizer)).as("reminded of its own step only").containsExactly(reminderOf(authorizationOnly));
        assertThat(followUpsTold(admin)).isEmpty();
        assertThat(followUpsTold(applicant)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE recipient_id = ? AND caused_by = ?")
                .params(auditor, reminderOf(auditedAndAuthorized)).query(Long.class).single())
                .as("one delivery per default channel: inbox and SSE").isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM inbox_message WHERE recipient_id = ? AND caused_by = ?")
                .params(auditor, reminderOf(auditedAndAuthorized)).query(Long.class).single() == 1);
        String reminder = jdbc.sql("SELECT title || ' ' || body FROM inbox_message WHERE recipient_id = ? AND caused_by = ?")
                .params(auditor, reminderOf(auditedAndAuthorized)).query(String.class).single();
        assertThat(reminder).contains("催办：付款申请 TR-20261120-000001 待您审批", "125000.50 CNY", "**********7890",
                "已等待您审批 3天19小时");

        scanAt("2026-11-24T12:59");
        assertThat(followUpsTold(authorizer)).containsExactly(reminderOf(authorizationOnly));
        scanTwiceAtOnceAt("2026-11-24T13:00");
        scanAt("2026-11-25T10:00");

        assertThat(followUpsTold(authorizer)).as("the next authorizer hears of the overdue audit")
                .containsExactly(escalationOf(auditedAndAuthorized), reminderOf(authorizationOnly));
        assertThat(followUpsTold(admin)).as("after the last step, the admins").containsExactly(escalationOf(authorizationOnly));
        assertThat(followUpsTold(auditor)).containsExactly(reminderOf(auditedAndAuthorized));
        assertThat(followUpsTold(applicant)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE caused_by LIKE ?").param("%" + decidedInTime + "%")
                .query(Long.class).single()).as("decided before it was due: nobody reminded").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE enterprise_id = ? AND caused_by LIKE 'approval-%' AND recipient_id NOT IN (?, ?, ?, ?)")
                .params(enterprise, auditor, secondAuditor, authorizer, admin).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT stage || ' ' || to_char(reminded_at AT TIME ZONE 'Asia/Shanghai', 'DY HH24:MI') || ' ' || to_char(escalated_at AT TIME ZONE 'Asia/Shanghai', 'DY HH24:MI') FROM approval_follow_up WHERE transfer_id = ?")
                .param(auditedAndAuthorized).query(String.class).single()).isEqualTo("ESCALATED TUE 11:00 TUE 13:00");
        assertThat(followUpsTold(otherAdmin)).as("the other enterprise's escalation stays there")
                .containsExactly(escalationOf(otherEnterprisesTransfer));
    }
}
