package com.fundguard.reconciliation.statement.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.reconciliation.statement.application.StatementEvents;
import com.fundguard.reconciliation.statement.domain.StatementImport;

public class OutboxStatementEvents implements StatementEvents {

    private final EventOutbox outbox;

    public OutboxStatementEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void received(StatementImport s) {
        outbox.append(new OutgoingEvent("reconciliation", StatementReceivedV1.TYPE, s.id().toString(), s.enterpriseId(),
                new StatementReceivedV1(s.id(), s.format().name(), s.sha256(), s.sizeBytes(), s.importedAt())));
    }
}
