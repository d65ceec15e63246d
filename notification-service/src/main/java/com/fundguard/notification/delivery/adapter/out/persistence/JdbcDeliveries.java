package com.fundguard.notification.delivery.adapter.out.persistence;

import com.fundguard.notification.delivery.application.Deliveries;
import com.fundguard.notification.delivery.domain.Channel;
import com.fundguard.notification.delivery.domain.Delivery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deliveries in PostgreSQL; due ones are claimed with {@code FOR UPDATE SKIP LOCKED}. */
public class JdbcDeliveries implements Deliveries {

    private final JdbcClient jdbc;

    public JdbcDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(Delivery d) {
        jdbc.sql("""
                        INSERT INTO delivery (id, enterprise_id, recipient_id, caused_by, channel, topic, title, body, address,
                                              state, failed_attempts, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (recipient_id, caused_by, channel) DO NOTHING
                        """)
                .params(d.id(), d.enterpriseId(), d.recipientId(), d.causedBy(), d.channel().name(), d.topic(), d.title(),
                        d.body(), d.address().orElse(null), d.state().name(), d.failedAttempts(), Timestamp.from(d.nextAttemptAt()))
                .update();
    }

    @Override
    public List<Delivery> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM delivery WHERE state = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, position LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> restore(rs))
                .list();
    }

    @Override
    public void update(Delivery d) {
        jdbc.sql("""
                        UPDATE delivery SET state = ?, failed_attempts = ?, next_attempt_at = ?, sent_at = ?, last_failure = ?
                        WHERE id = ?
                        """)
                .params(d.state().name(), d.failedAttempts(), Timestamp.from(d.nextAttemptAt()),
                        d.sentAt().map(Timestamp::from).orElse(null), d.lastFailure().orElse(null), d.id())
                .update();
    }

    @Override
    public long nextStreamSequence(UUID enterpriseId, UUID recipientId) {
        return jdbc.sql("""
                        INSERT INTO stream_counter (enterprise_id, recipient_id, last_sequence) VALUES (?, ?, 1)
                        ON CONFLICT (enterprise_id, recipient_id) DO UPDATE SET last_sequence = stream_counter.last_sequence + 1
                        RETURNING last_sequence
                        """)
                .params(enterpriseId, recipientId).query(Long.class).single();
    }

    @Override
    public void numberOnStream(UUID deliveryId, long sequence) {
        jdbc.sql("UPDATE delivery SET stream_sequence = ? WHERE id = ?").params(sequence, deliveryId).update();
    }

    @Override
    public long lastStreamSequence(UUID enterpriseId, UUID recipientId) {
        return jdbc.sql("SELECT last_sequence FROM stream_counter WHERE enterprise_id = ? AND recipient_id = ?")
                .params(enterpriseId, recipientId).query(Long.class).optional().orElse(0L);
    }

    @Override
    public List<StreamedDelivery> streamedAfter(UUID enterpriseId, UUID recipientId, long sequence) {
        return jdbc.sql("""
                        SELECT * FROM delivery WHERE enterprise_id = ? AND recipient_id = ? AND stream_sequence > ?
                        ORDER BY stream_sequence
                        """)
                .params(enterpriseId, recipientId, sequence)
                .query((rs, n) -> new StreamedDelivery(rs.getLong("stream_sequence"), restore(rs)))
                .list();
    }

    private static Delivery restore(ResultSet rs) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("recipient_id", UUID.class), rs.getString("caused_by"), Channel.valueOf(rs.getString("channel")),
                rs.getString("topic"), rs.getString("title"), rs.getString("body"), Optional.ofNullable(rs.getString("address")),
                Delivery.State.valueOf(rs.getString("state")), rs.getInt("failed_attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), Optional.ofNullable(sentAt).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("last_failure")));
    }
}
