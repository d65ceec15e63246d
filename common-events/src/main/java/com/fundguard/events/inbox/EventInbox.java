package com.fundguard.events.inbox;

import com.fundguard.events.EventEnvelope;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer side of "exactly once": an event's id is recorded in the same transaction that applies it. A
 * redelivered event finds its id already there and changes nothing. Two deliveries racing each other serialise
 * on the primary key; the second sees the first's row once it commits.
 */
public class EventInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public EventInbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Applies the event unless this consumer already has; returns whether it applied it now. */
    public boolean applyOnce(String consumer, EventEnvelope event, EventHandler handler) {
        Boolean applied = transactions.execute(status -> {
            int recorded = jdbc.sql("""
                            INSERT INTO event_inbox (consumer, event_id, event_type, enterprise_id, processed_at)
                            VALUES (:consumer, :eventId, :type, :enterpriseId, :now)
                            ON CONFLICT (consumer, event_id) DO NOTHING
                            """)
                    .param("consumer", consumer)
                    .param("eventId", event.id())
                    .param("type", event.type())
                    .param("enterpriseId", event.enterpriseid())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (recorded == 0) {
                return false;
            }
            handler.apply(event);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
