package com.fundguard.reconciliation.discrepancy.application;

import com.fundguard.reconciliation.discrepancy.domain.CaseEvent;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyCase;

/** Publishes what others act on (opened, resolved, escalated), in the transaction of the act. */
public interface DiscrepancyEvents {

    void opened(DiscrepancyCase c, CaseEvent.Opened event);

    void resolved(DiscrepancyCase c, CaseEvent.Resolved event);

    void escalated(DiscrepancyCase c, CaseEvent.Escalated event);
}
