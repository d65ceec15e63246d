package com.fundguard.reconciliation.discrepancy.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.reconciliation.discrepancy.adapter.out.events.DiscrepancyEventsV1.DiscrepancyEscalatedV1;
import com.fundguard.reconciliation.discrepancy.adapter.out.events.DiscrepancyEventsV1.DiscrepancyOpenedV1;
import com.fundguard.reconciliation.discrepancy.adapter.out.events.DiscrepancyEventsV1.DiscrepancyResolvedV1;
import com.fundguard.reconciliation.discrepancy.application.DiscrepancyEvents;
import com.fundguard.reconciliation.discrepancy.domain.CaseEvent;
import com.fundguard.reconciliation.discrepancy.domain.CaseFacts;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyCase;

/** The published case events, written to the outbox in the act's transaction. */
public class OutboxDiscrepancyEvents implements DiscrepancyEvents {

    static final String FAMILY = "reconciliation";

    private final EventOutbox outbox;

    public OutboxDiscrepancyEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void opened(DiscrepancyCase c, CaseEvent.Opened e) {
        CaseFacts f = c.facts();
        publish(c, DiscrepancyOpenedV1.TYPE, new DiscrepancyOpenedV1(c.id(), f.type().name(), f.account(), f.amount().toPlainString(),
                f.currency().getCurrencyCode(), f.transactionDate(), e.deadline(), f.statementLineIds(), f.transferIds(), e.at()));
    }

    @Override
    public void resolved(DiscrepancyCase c, CaseEvent.Resolved e) {
        CaseFacts f = c.facts();
        publish(c, DiscrepancyResolvedV1.TYPE, new DiscrepancyResolvedV1(c.id(), f.type().name(), f.account(), f.amount().toPlainString(),
                f.currency().getCurrencyCode(), e.resolution(), e.proposedBy().orElse(null), e.approvedBy().orElse(null), e.automatic(),
                f.statementLineIds(), f.transferIds(), e.at()));
    }

    @Override
    public void escalated(DiscrepancyCase c, CaseEvent.Escalated e) {
        CaseFacts f = c.facts();
        publish(c, DiscrepancyEscalatedV1.TYPE, new DiscrepancyEscalatedV1(c.id(), f.type().name(), f.account(), f.amount().toPlainString(),
                f.currency().getCurrencyCode(), e.deadline(), e.owner().orElse(null), e.state().name(), e.at()));
    }

    private void publish(DiscrepancyCase c, String type, Object data) {
        outbox.append(new OutgoingEvent(FAMILY, type, c.id().toString(), c.facts().enterpriseId(), data));
    }
}
