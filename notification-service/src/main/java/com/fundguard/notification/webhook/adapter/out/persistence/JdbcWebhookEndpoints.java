package com.fundguard.notification.webhook.adapter.out.persistence;

import com.fundguard.crypto.envelope.Envelope;
import com.fundguard.crypto.envelope.EnvelopeEncryption;
import com.fundguard.notification.webhook.application.WebhookEndpoints;
import com.fundguard.notification.webhook.domain.WebhookEndpoint;
import com.fundguard.notification.webhook.domain.WebhookSecret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Endpoints in PostgreSQL. The signing secret is stored envelope-encrypted (a data key per secret, wrapped by this
 * service's KEK), bound to its enterprise and endpoint as associated data: a secret copied to another row does not
 * decrypt there.
 */
public class JdbcWebhookEndpoints implements WebhookEndpoints {

    /** Never the secret: it is read only by {@link #secretOf}. */
    private static final String SELECT = """
            SELECT e.id, e.enterprise_id, e.url, e.description, e.state, e.created_by, e.created_at, e.secret_rotated_at,
                   e.disabled_at, ARRAY(SELECT event_type FROM webhook_endpoint_event_type WHERE endpoint_id = e.id) AS event_types
            FROM webhook_endpoint e
            """;

    private final JdbcClient jdbc;
    private final EnvelopeEncryption secrets;

    public JdbcWebhookEndpoints(JdbcClient jdbc, EnvelopeEncryption secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    private static byte[] boundTo(WebhookEndpoint endpoint) {
        return ("webhook-secret|" + endpoint.enterpriseId() + "|" + endpoint.id()).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void add(WebhookEndpoint e, WebhookSecret secret) {
        jdbc.sql("""
                        INSERT INTO webhook_endpoint (id, enterprise_id, url, description, state, secret, created_by, created_at,
                                                      secret_rotated_at, disabled_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(e.id(), e.enterpriseId(), e.url().toString(), e.description(), e.state().name(),
                        secrets.encrypt(secret.bytes(), boundTo(e)).toBytes(), e.createdBy(), Timestamp.from(e.createdAt()),
                        e.secretRotatedAt().map(Timestamp::from).orElse(null), e.disabledAt().map(Timestamp::from).orElse(null))
                .update();
        for (String type : e.eventTypes()) {
            jdbc.sql("INSERT INTO webhook_endpoint_event_type (endpoint_id, event_type) VALUES (?, ?)").params(e.id(), type).update();
        }
    }

    @Override
    public Optional<WebhookEndpoint> findForUpdate(UUID enterpriseId, UUID endpointId) {
        return jdbc.sql(SELECT + "WHERE e.enterprise_id = ? AND e.id = ? FOR UPDATE OF e")
                .params(enterpriseId, endpointId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID enterpriseId, UUID endpointId) {
        return jdbc.sql(SELECT + "WHERE e.enterprise_id = ? AND e.id = ?")
                .params(enterpriseId, endpointId).query((rs, n) -> restore(rs)).optional();
    }

    @Override
    public List<WebhookEndpoint> of(UUID enterpriseId) {
        return jdbc.sql(SELECT + "WHERE e.enterprise_id = ? ORDER BY e.created_at, e.id")
                .param(enterpriseId).query((rs, n) -> restore(rs)).list();
    }

    @Override
    public List<WebhookEndpoint> receiving(UUID enterpriseId, String eventType) {
        return jdbc.sql(SELECT + """
                        JOIN webhook_endpoint_event_type t ON t.endpoint_id = e.id AND t.event_type = ?
                        WHERE e.enterprise_id = ? AND e.state = 'ENABLED'
                        ORDER BY e.created_at, e.id
                        """)
                .params(eventType, enterpriseId).query((rs, n) -> restore(rs)).list();
    }

    @Override
    public void update(WebhookEndpoint e) {
        jdbc.sql("UPDATE webhook_endpoint SET state = ?, secret_rotated_at = ?, disabled_at = ? WHERE enterprise_id = ? AND id = ?")
                .params(e.state().name(), e.secretRotatedAt().map(Timestamp::from).orElse(null),
                        e.disabledAt().map(Timestamp::from).orElse(null), e.enterpriseId(), e.id())
                .update();
    }

    @Override
    public void replaceSecret(WebhookEndpoint e, WebhookSecret secret) {
        jdbc.sql("UPDATE webhook_endpoint SET secret = ?, secret_rotated_at = ? WHERE enterprise_id = ? AND id = ?")
                .params(secrets.encrypt(secret.bytes(), boundTo(e)).toBytes(), e.secretRotatedAt().map(Timestamp::from).orElse(null),
                        e.enterpriseId(), e.id())
                .update();
    }

    @Override
    public WebhookSecret secretOf(WebhookEndpoint endpoint) {
        byte[] sealed = jdbc.sql("SELECT secret FROM webhook_endpoint WHERE enterprise_id = ? AND id = ?")
                .params(endpoint.enterpriseId(), endpoint.id()).query((rs, n) -> rs.getBytes("secret")).single();
        return WebhookSecret.of(secrets.decrypt(Envelope.fromBytes(sealed), boundTo(endpoint)));
    }

    private static WebhookEndpoint restore(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<String> types = Set.of((String[]) rs.getArray("event_types").getArray());
        Timestamp rotated = rs.getTimestamp("secret_rotated_at");
        Timestamp disabled = rs.getTimestamp("disabled_at");
        return new WebhookEndpoint(id, rs.getObject("enterprise_id", UUID.class), URI.create(rs.getString("url")), types,
                rs.getString("description"), WebhookEndpoint.State.valueOf(rs.getString("state")),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rotated).map(Timestamp::toInstant), Optional.ofNullable(disabled).map(Timestamp::toInstant));
    }
}
