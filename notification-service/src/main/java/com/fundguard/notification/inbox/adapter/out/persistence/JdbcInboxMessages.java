package com.fundguard.notification.inbox.adapter.out.persistence;

import com.fundguard.notification.inbox.application.InboxMessages;
import com.fundguard.notification.inbox.domain.InboxMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inbox messages in PostgreSQL; every statement is scoped by enterprise and recipient. */
public class JdbcInboxMessages implements InboxMessages {

    private final JdbcClient jdbc;

    public JdbcInboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(InboxMessage message) {
        jdbc.sql("""
                        INSERT INTO inbox_message (id, enterprise_id, recipient_id, caused_by, topic, title, body, created_at, read_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (recipient_id, caused_by) DO NOTHING
                        """)
                .params(message.id(), message.enterpriseId(), message.recipientId(), message.causedBy(), message.topic(),
                        message.title(), message.body(), Timestamp.from(message.createdAt()),
                        message.readAt().map(Timestamp::from).orElse(null))
                .update();
    }

    @Override
    public void update(InboxMessage message) {
        jdbc.sql("UPDATE inbox_message SET read_at = ? WHERE enterprise_id = ? AND recipient_id = ? AND id = ?")
                .params(message.readAt().map(Timestamp::from).orElse(null), message.enterpriseId(),
                        message.recipientId(), message.id())
                .update();
    }

    @Override
    public List<InboxMessage> latest(UUID enterpriseId, UUID recipientId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM inbox_message WHERE enterprise_id = ? AND recipient_id = ?
                        ORDER BY created_at DESC, id LIMIT ?
                        """)
                .params(enterpriseId, recipientId, limit)
                .query((rs, n) -> restore(rs))
                .list();
    }

    @Override
    public long unreadCount(UUID enterpriseId, UUID recipientId) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE enterprise_id = ? AND recipient_id = ? AND read_at IS NULL")
                .params(enterpriseId, recipientId).query(Long.class).single();
    }

    @Override
    public Optional<InboxMessage> find(UUID enterpriseId, UUID recipientId, UUID messageId) {
        return jdbc.sql("SELECT * FROM inbox_message WHERE enterprise_id = ? AND recipient_id = ? AND id = ?")
                .params(enterpriseId, recipientId, messageId)
                .query((rs, n) -> restore(rs))
                .optional();
    }

    private static InboxMessage restore(ResultSet rs) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new InboxMessage(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("recipient_id", UUID.class), rs.getString("caused_by"), rs.getString("topic"),
                rs.getString("title"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(readAt).map(Timestamp::toInstant));
    }
}
