package com.fundguard.sms.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.sms.SmsMessage;
import com.fundguard.test.infrastructure.RealInfrastructure.DatabaseCoordinates;
import com.fundguard.test.infrastructure.SharedInfrastructure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The sandbox adapter on real PostgreSQL, with the table as identity-service's and notification-service's migrations create it. */
class JdbcSandboxSmsSenderIT {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static JdbcClient jdbc;
    static TransactionTemplate transactions;

    @BeforeAll
    static void database() throws Exception {
        DatabaseCoordinates db = SharedInfrastructure.get().createDatabase("common_sms_sandbox");
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(),
                db.username(), db.password());
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.sql("""
                CREATE TABLE sandbox_sms (id BIGSERIAL PRIMARY KEY, message_id TEXT UNIQUE, phone_number TEXT NOT NULL,
                                          text TEXT NOT NULL, sent_at TIMESTAMPTZ NOT NULL)""").update();
    }

    final JdbcSandboxSmsSender sandbox = new JdbcSandboxSmsSender(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));

    List<String> textsTo(String number) {
        return jdbc.sql("SELECT text FROM sandbox_sms WHERE phone_number = ? ORDER BY id").param(number).query(String.class).list();
    }

    @Test
    void keepsTheMessageWithItsNumberTextAndTheClocksTime() {
        sandbox.send(new SmsMessage("message-1", "+8613800000001", "FundGuard 123456"));

        assertThat(textsTo("+8613800000001")).containsExactly("FundGuard 123456");
        assertThat(jdbc.sql("SELECT sent_at FROM sandbox_sms WHERE message_id = 'message-1'").query(java.sql.Timestamp.class)
                .single().toInstant()).isEqualTo(NOW);
    }

    @Test
    void aRepeatedMessageIdReachesThePhoneOnce() {
        sandbox.send(new SmsMessage("message-2", "+8613800000002", "first"));
        sandbox.send(new SmsMessage("message-2", "+8613800000002", "first"));

        assertThat(textsTo("+8613800000002")).containsExactly("first");
    }

    @Test
    void aSendInsideARolledBackTransactionLeavesNoMessageSoTheRetryWithTheSameIdSendsIt() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            sandbox.send(new SmsMessage("message-3", "+8613800000003", "once"));
            throw new IllegalStateException("the caller's transaction fails after the send");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(textsTo("+8613800000003")).isEmpty();

        transactions.executeWithoutResult(status -> sandbox.send(new SmsMessage("message-3", "+8613800000003", "once")));

        assertThat(textsTo("+8613800000003")).containsExactly("once");
    }
}
