package com.fundguard.notification.webhook.adapter.out.persistence;

import com.fundguard.notification.webhook.application.WebhookDeliveries;
import com.fundguard.notification.webhook.domain.WebhookDelivery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook deliveries in PostgreSQL; a due one is claimed with {@code FOR UPDATE SKIP LOCKED}. */
public class JdbcWebhookDeliveries implements WebhookDeliveries {

    private final JdbcClient jdbc;

    public JdbcWebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(WebhookDelivery d) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery (id, endpoint_id, enterprise_id, event_id, event_type, payload, state, attempts,
                                                      next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (endpoint_id, event_id) DO NOTHING
                        """)
                .params(d.id(), d.endpointId(), d.enterpriseId(), d.eventId(), d.eventType(), d.payload(), d.state().name(),
                        d.attempts(), Timestamp.from(d.nextAttemptAt()), Timestamp.from(d.createdAt()))
                .update();
    }

    @Override
    public Optional<WebhookDelivery> claimDue(Instant now) {
        return jdbc.sql("""
                        SELECT d.* FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                        WHERE d.state = 'PENDING' AND d.next_attempt_at <= ? AND e.state = 'ENABLED'
                        ORDER BY d.next_attempt_at, d.created_at
                        LIMIT 1 FOR UPDATE OF d SKIP LOCKED
                        """)
                .param(Timestamp.from(now)).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public void update(WebhookDelivery d) {
        jdbc.sql("""
                        UPDATE webhook_delivery SET state = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_error = ?,
                                                    delivered_at = ?, parked_at = ?
                        WHERE enterprise_id = ? AND id = ?
                        """)
                .params(d.state().name(), d.attempts(), Timestamp.from(d.nextAttemptAt()), timestamp(d.lastAttemptAt()),
                        d.lastError().orElse(null), timestamp(d.deliveredAt()), timestamp(d.parkedAt()), d.enterpriseId(), d.id())
                .update();
    }

    @Override
    public Optional<WebhookDelivery> findForUpdate(UUID enterpriseId, UUID deliveryId) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE enterprise_id = ? AND id = ? FOR UPDATE")
                .params(enterpriseId, deliveryId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<WebhookDelivery> find(UUID enterpriseId, UUID deliveryId) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE enterprise_id = ? AND id = ?")
                .params(enterpriseId, deliveryId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<WebhookDelivery> pendingForUpdate(UUID enterpriseId, UUID endpointId) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE enterprise_id = ? AND endpoint_id = ? AND state = 'PENDING' FOR UPDATE")
                .params(enterpriseId, endpointId).query((rs, n) -> restore(rs)).list();
    }

    @Override
    public List<WebhookDelivery> deadLetters(UUID enterpriseId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM webhook_delivery WHERE enterprise_id = ? AND state = 'DEAD'
                        ORDER BY parked_at DESC, id LIMIT ?
                        """)
                .params(enterpriseId, limit).query((rs, n) -> restore(rs)).list();
    }

    private static Timestamp timestamp(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static WebhookDelivery restore(ResultSet rs) throws SQLException {
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("payload"), WebhookDelivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), instant(rs, "last_attempt_at"),
                Optional.ofNullable(rs.getString("last_error")), instant(rs, "delivered_at"), instant(rs, "parked_at"),
                rs.getTimestamp("created_at").toInstant());
    }
}
