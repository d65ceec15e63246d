package com.fundguard.notification.delivery.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.PhonesForTests;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.NoticeTopic;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsNotSent;
import com.fundguard.sms.SmsSender;
import com.fundguard.sms.sandbox.JdbcSandboxSmsSender;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through the shared sandbox sender (common-sms) into this service's {@code sandbox_sms}: only the approver who
 * chose SMS gets one, to the number registered in their own enterprise; a gateway that defers is tried again until the
 * message goes, once; a person without a number in the enterprise fails for good, visibly, and is not tried again.
 */
@SpringBootTest(properties = {"fundguard.notification.dispatch-every=PT0.1S",
        "fundguard.notification.delivery.first-retry=PT0.2S", "fundguard.notification.delivery.max-retry=PT0.5S"})
@WithRealInfrastructure
@Import({PeopleForTests.class, PhonesForTests.class, SmsDeliveryIT.GatewayThatDefers.class, PlatformEvents.class})
class SmsDeliveryIT {

    /** The sandbox sender behind a gateway that defers its first sends, as one that is throttling does. */
    @TestConfiguration
    static class GatewayThatDefers {

        static final AtomicInteger DEFERRALS_LEFT = new AtomicInteger();
        static final AtomicInteger DEFERRED = new AtomicInteger();

        @Bean
        @Primary
        SmsSender gatewayThatDefers(JdbcClient jdbc, Clock clock) {
            SmsSender sandbox = new JdbcSandboxSmsSender(jdbc, clock);
            return (SmsMessage message) -> {
                if (DEFERRALS_LEFT.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
                    DEFERRED.incrementAndGet();
                    throw new SmsNotSent.Deferred(message.messageId(), "gateway throttling", null, null);
                }
                sandbox.send(message);
            };
        }
    }

    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalPreferences preferences;

    final UUID enterprise = UUID.randomUUID();
    final UUID otherEnterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "APPLICANT");
    final UUID auditorWhoChoseSms = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID auditorWithoutSms = PeopleForTests.person(enterprise, "AUDITOR");
    /** Chose SMS, but registered a number only as a person of the other enterprise. */
    final UUID auditorNumberedElsewhere = PeopleForTests.person(enterprise, "AUDITOR");
    final UUID bystanderWhoChoseSms = PeopleForTests.person(enterprise, "APPLICANT");
    final UUID otherAuditorWhoChoseSms = PeopleForTests.person(otherEnterprise, "AUDITOR");

    void choosesSms(UUID enterpriseId, UUID person) {
        Preferences defaults = Preferences.defaults();
        Map<NoticeTopic, java.util.Set<Channel>> channels = new java.util.EnumMap<>(defaults.channels());
        for (NoticeTopic topic : NoticeTopic.values()) {
            var chosen = EnumSet.copyOf(channels.get(topic));
            chosen.add(Channel.SMS);
            channels.put(topic, chosen);
        }
        preferences.choose(enterpriseId, person, new Preferences(channels, Optional.empty(), Optional.empty()));
    }

    void submitted(UUID transferId) throws Exception {
        String data = """
                {"transferId": "%s", "reference": "TR-20261123-000501", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "125000.50", "currency": "CNY",
                 "route": {"steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}]}}
                """.formatted(transferId, applicant);
        events.publish(enterprise, "com.fundguard.transfer.submitted.v1", transferId, data);
    }

    record SmsDelivery(UUID id, String state, int failedAttempts, String lastFailure) {
    }

    Optional<SmsDelivery> smsDeliveryOf(UUID person) {
        return jdbc.sql("SELECT id, state, failed_attempts, last_failure FROM delivery WHERE recipient_id = ? AND channel = 'SMS'")
                .param(person)
                .query((rs, n) -> new SmsDelivery(rs.getObject("id", UUID.class), rs.getString("state"),
                        rs.getInt("failed_attempts"), rs.getString("last_failure")))
                .optional();
    }

    record Sms(String messageId, String phoneNumber, String text) {
    }

    List<Sms> sandbox() {
        return jdbc.sql("SELECT message_id, phone_number, text FROM sandbox_sms ORDER BY id")
                .query((rs, n) -> new Sms(rs.getString("message_id"), rs.getString("phone_number"), rs.getString("text"))).list();
    }

    @Test
    void theApproverWhoChoseSmsGetsItOnceAfterTheGatewayDefersAndNobodyElseNorAnotherEnterprisesNumber() throws Exception {
        PhonesForTests.registers(enterprise, applicant, "+8613800000000");
        PhonesForTests.registers(enterprise, auditorWhoChoseSms, "+8613800000001");
        PhonesForTests.registers(enterprise, auditorWithoutSms, "+8613800000002");
        PhonesForTests.registers(otherEnterprise, auditorNumberedElsewhere, "+8613900000009");
        PhonesForTests.registers(enterprise, bystanderWhoChoseSms, "+8613800000004");
        PhonesForTests.registers(otherEnterprise, otherAuditorWhoChoseSms, "+8613900000005");
        choosesSms(enterprise, auditorWhoChoseSms);
        choosesSms(enterprise, auditorNumberedElsewhere);
        choosesSms(enterprise, bystanderWhoChoseSms);
        choosesSms(otherEnterprise, otherAuditorWhoChoseSms);
        GatewayThatDefers.DEFERRALS_LEFT.set(2);
        UUID transferId = UUID.randomUUID();

        submitted(transferId);

        await().atMost(Duration.ofSeconds(30)).until(() -> smsDeliveryOf(auditorWhoChoseSms)
                .filter(d -> d.state().equals("SENT")).isPresent());
        SmsDelivery sent = smsDeliveryOf(auditorWhoChoseSms).orElseThrow();
        assertThat(sent.failedAttempts()).as("deferred twice, then sent").isEqualTo(2);
        assertThat(GatewayThatDefers.DEFERRED.get()).isEqualTo(2);
        assertThat(sent.lastFailure()).contains("gateway throttling");
        List<Sms> messages = sandbox();
        assertThat(messages).extracting(Sms::phoneNumber).containsExactly("+8613800000001");
        assertThat(messages.getFirst().messageId()).isEqualTo(sent.id().toString());
        assertThat(messages.getFirst().text()).isEqualTo("【FundGuard】TR-20261123-000501（125000.50 CNY，尾号7890）已提交，待审批。")
                .hasSizeLessThanOrEqualTo(70);

        await().atMost(Duration.ofSeconds(30)).until(() -> smsDeliveryOf(auditorNumberedElsewhere)
                .filter(d -> d.state().equals("FAILED")).isPresent());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                smsDeliveryOf(auditorNumberedElsewhere).orElseThrow().failedAttempts() == 1);
        assertThat(smsDeliveryOf(auditorNumberedElsewhere).orElseThrow().lastFailure()).contains("no phone number");
        assertThat(sandbox()).as("the other enterprise's number is never used").extracting(Sms::phoneNumber)
                .containsExactly("+8613800000001");
        assertThat(smsDeliveryOf(applicant)).as("did not choose SMS").isEmpty();
        assertThat(smsDeliveryOf(auditorWithoutSms)).as("did not choose SMS").isEmpty();
        assertThat(smsDeliveryOf(bystanderWhoChoseSms)).as("not concerned").isEmpty();
        assertThat(smsDeliveryOf(otherAuditorWhoChoseSms)).as("another enterprise").isEmpty();
    }
}
