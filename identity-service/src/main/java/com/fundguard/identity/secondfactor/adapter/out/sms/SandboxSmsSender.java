package com.fundguard.identity.secondfactor.adapter.out.sms;

import com.fundguard.sms.SmsMessage;
import com.fundguard.sms.SmsSender;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps "sent" messages in {@code sandbox_sms}: nothing leaves the machine. Enabled only where configured. A message
 * id already kept is not kept again (the unique index on {@code message_id}), as a gateway drops a repeated reference.
 */
public class SandboxSmsSender implements SmsSender {

    private final JdbcClient jdbc;
    private final Clock clock;

    public SandboxSmsSender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(SmsMessage message) {
        jdbc.sql("""
                        INSERT INTO sandbox_sms (message_id, phone_number, text, sent_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (message_id) DO NOTHING""")
                .params(message.messageId(), message.phoneNumber(), message.text(), Timestamp.from(clock.instant())).update();
    }
}
