package com.fundguard.events.it;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service for the library's tests: it books ledger entries and applies booked-entry events. */
@SpringBootApplication
class LedgerTestApplication {

    static final String BOOKED = "com.fundguard.ledger.entry-booked.v1";

    record EntryBookedV1(UUID entryId, BigDecimal amount, String currency) {
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Component
    static class Ledger {
        private final JdbcClient jdbc;
        private final EventOutbox outbox;

        Ledger(JdbcClient jdbc, EventOutbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @Transactional
        EventEnvelope book(UUID enterpriseId, BigDecimal amount, String currency) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO ledger_entry (id, amount, currency) VALUES (?, ?, ?)")
                    .params(id, amount, currency).update();
            return outbox.append(new OutgoingEvent("ledger", BOOKED, id.toString(), enterpriseId,
                    new EntryBookedV1(id, amount, currency)));
        }

        @Transactional
        void bookThenFail(UUID enterpriseId) {
            book(enterpriseId, BigDecimal.ONE, "EUR");
            throw new IllegalStateException("the use case failed after booking");
        }
    }

    /** Records each application, so a test can count how often an event changed state. */
    @Component
    static class EntryBookedHandler implements EventHandler {
        private final JdbcClient jdbc;
        private final EventEnvelopeCodec codec;

        EntryBookedHandler(JdbcClient jdbc, EventEnvelopeCodec codec) {
            this.jdbc = jdbc;
            this.codec = codec;
        }

        @Override
        public String eventType() {
            return BOOKED;
        }

        @Override
        public void apply(EventEnvelope event) {
            EntryBookedV1 booked = codec.dataAs(event, EntryBookedV1.class);
            // Not idempotent on purpose: a second application would leave a second row, so only the inbox
            // stands between a redelivery and a double booking.
            jdbc.sql("INSERT INTO ledger_application (event_id, entry_id) VALUES (?, ?)")
                    .params(event.id(), booked.entryId()).update();
        }
    }
}
