package com.fundguard.identity.secondfactor.adapter.out.sms;

import com.fundguard.identity.secondfactor.application.SmsSender;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps "sent" messages in {@code sandbox_sms}: nothing leaves the machine. Enabled only where configured. */
public class SandboxSmsSender implements SmsSender {

    private final JdbcClient jdbc;
    private final Clock clock;

    public SandboxSmsSender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(String phoneNumber, String text) {
        jdbc.sql("INSERT INTO sandbox_sms (phone_number, text, sent_at) VALUES (?, ?, ?)")
                .params(phoneNumber, text, Timestamp.from(clock.instant())).update();
    }
}
