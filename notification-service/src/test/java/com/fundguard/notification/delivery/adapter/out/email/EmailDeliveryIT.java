package com.fundguard.notification.delivery.adapter.out.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fundguard.events.EventEnvelope;
import com.fundguard.notification.PeopleForTests;
import com.fundguard.notification.PlatformEvents;
import com.fundguard.notification.delivery.application.PersonalPreferences;
import com.fundguard.notification.delivery.domain.Preferences;
import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mail through a real in-process SMTP server (GreenMail): while SMTP is down the delivery waits and is retried, and
 * once SMTP is back exactly one e-mail arrives, even though the event came twice.
 */
@SpringBootTest(properties = {"fundguard.notification.dispatch-every=PT0.1S",
        "fundguard.notification.delivery.first-retry=PT0.2S", "fundguard.notification.delivery.max-retry=PT0.5S"})
@WithRealInfrastructure
@Import({PeopleForTests.class, PlatformEvents.class})
class EmailDeliveryIT {

    static final int SMTP_PORT = freePort();
    static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 1000);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired PlatformEvents events;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalPreferences preferences;

    final UUID enterprise = UUID.randomUUID();
    final UUID applicant = PeopleForTests.person(enterprise, "CASHIER");
    final UUID auditor = PeopleForTests.person(enterprise, "AUDITOR");

    EventEnvelope submitted() {
        UUID transferId = UUID.randomUUID();
        String data = """
                {"transferId": "%s", "reference": "TR-20261123-000301", "applicantId": "%s",
                 "payee": {"name": "Shanghai Steel Co.", "maskedAccountNumber": "**********7890"},
                 "amount": "125000.50", "currency": "CNY",
                 "route": {"steps": [{"name": "AUDIT", "role": "AUDITOR", "quorum": 1}]}}
                """.formatted(transferId, applicant);
        return events.event(enterprise, "com.fundguard.transfer.submitted.v1", transferId, data);
    }

    int failedAttemptsOfTheEmail() {
        return jdbc.sql("SELECT coalesce(max(failed_attempts), 0) FROM delivery WHERE recipient_id = ? AND channel = 'EMAIL'")
                .param(auditor).query(Integer.class).single();
    }

    @Test
    void anApprovalWaitingIsMailedOnceAfterSmtpComesBackThoughTheEventCameTwice() throws Exception {
        Preferences defaults = Preferences.defaults();
        preferences.choose(enterprise, auditor, new Preferences(defaults.channels(), Optional.empty(), Optional.of("auditor@example.com")));
        EventEnvelope event = submitted();

        events.publish(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> failedAttemptsOfTheEmail() >= 2);
        events.publish(event);
        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM delivery WHERE recipient_id = ? AND channel = 'EMAIL' AND state = 'SENT'")
                .param(auditor).query(Long.class).single() == 1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("auditor@example.com");
        assertThat(received[0].getSubject()).isEqualTo("付款申请 TR-20261123-000301 已提交");
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE recipient_id = ? AND channel = 'EMAIL'")
                .param(auditor).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE recipient_id = ? AND channel = 'EMAIL'")
                .param(applicant).query(Long.class).single()).as("no address, no e-mail").isZero();
    }
}
