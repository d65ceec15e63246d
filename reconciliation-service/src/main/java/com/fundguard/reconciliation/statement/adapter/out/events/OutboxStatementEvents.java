package com.fundguard.reconciliation.statement.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.reconciliation.statement.application.StatementEvents;
import com.fundguard.reconciliation.statement.domain.ImportSummary;
import com.fundguard.reconciliation.statement.domain.StatementImport;

/** The statement events through the outbox, in the transaction that stores what they announce. */
public class OutboxStatementEvents implements StatementEvents {

    private final EventOutbox outbox;

    public OutboxStatementEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void imported(StatementImport s) {
        ImportSummary summary = s.summary().orElseThrow(() -> new IllegalArgumentException("an import not read yet"));
        outbox.append(new OutgoingEvent("reconciliation", StatementImportedV1.TYPE, s.id().toString(), s.enterpriseId(),
                new StatementImportedV1(s.enterpriseId(), s.id(), s.format().name(), s.csvMapping().orElse(null),
                        s.sha256(), summary.statements(), summary.entries(), summary.accounts().stream()
                        .map(a -> new StatementImportedV1.Account(a.account(), a.currency().getCurrencyCode(),
                                a.from().orElse(null), a.to().orElse(null), a.entries()))
                        .toList(), s.importedAt())));
    }
}
