package com.fundguard.sms.sandbox;

import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsSender;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sandbox SMS gateway: "sent" messages are kept in the service's own {@code sandbox_sms} table and nothing leaves
 * the machine; the local stack and tests read the table instead of a phone. Shared by identity-service (SMS codes) and
 * notification-service (notices); each creates the table in its own Flyway migration:
 *
 * <pre>
 * CREATE TABLE sandbox_sms (id BIGSERIAL PRIMARY KEY, message_id TEXT UNIQUE, phone_number TEXT NOT NULL,
 *                           text TEXT NOT NULL, sent_at TIMESTAMPTZ NOT NULL);
 * </pre>
 *
 * <p>A message id already kept is not kept again ({@code ON CONFLICT (message_id) DO NOTHING}), as a gateway drops a
 * repeated client reference. The insert goes through {@link JdbcClient}, so it joins the caller's transaction: a
 * rolled-back send leaves no message, and the caller's retry (same id) sends it then.
 */
public class JdbcSandboxSmsSender implements SmsSender {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcSandboxSmsSender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(SmsMessage message) {
        jdbc.sql("""
                        INSERT INTO sandbox_sms (message_id, phone_number, text, sent_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (message_id) DO NOTHING""")
                .params(message.messageId(), message.phoneNumber(), message.text(),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
    }
}
