package com.fundguard.reconciliation.close.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.reconciliation.close.application.DayClosedEvents;
import com.fundguard.reconciliation.close.domain.ClosedDay;

public class OutboxDayClosedEvents implements DayClosedEvents {

    private final EventOutbox outbox;

    public OutboxDayClosedEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void dayClosed(ClosedDay d) {
        outbox.append(new OutgoingEvent("reconciliation", DayClosedV1.TYPE, d.booksId().toString(), d.enterpriseId(),
                new DayClosedV1(d.booksId(), d.account(), d.day(), d.currency().getCurrencyCode(), d.openingBalance(),
                        d.totalCredits(), d.totalDebits(), d.closingBalance(), d.lineCount(), d.linesMatched(),
                        d.linesInOpenCases(), d.basis().name(), d.statementReference(), d.closedBy(), d.closedAt())));
    }
}
