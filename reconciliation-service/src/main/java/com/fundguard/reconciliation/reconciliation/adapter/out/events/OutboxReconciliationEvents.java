package com.fundguard.reconciliation.reconciliation.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.reconciliation.reconciliation.application.AccountKey;
import com.fundguard.reconciliation.reconciliation.application.ReconciliationEvents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Keyed by the transfer id, as every service keys a transfer's events, so they stay in order with the others. */
public class OutboxReconciliationEvents implements ReconciliationEvents {

    private final EventOutbox outbox;

    public OutboxReconciliationEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void settled(AccountKey account, Settlement s) {
        outbox.append(new OutgoingEvent("reconciliation", ReconciliationEventsV1.TransferSettledV1.TYPE, s.transferId().toString(),
                account.enterpriseId(), new ReconciliationEventsV1.TransferSettledV1(s.transferId(), s.endToEndId(), s.bankReference(),
                account.account(), s.amount().toPlainString(), account.currency().getCurrencyCode(), s.bookingDate(), s.statementLineIds(),
                s.pass(), s.rule(), s.resolvedUnknownOutcome())));
    }

    @Override
    public void returned(AccountKey account, UUID transferId, String endToEndId, UUID caseId, List<UUID> statementLineIds, BigDecimal amount,
                         LocalDate bookingDate) {
        outbox.append(new OutgoingEvent("reconciliation", ReconciliationEventsV1.TransferReturnedV1.TYPE, transferId.toString(),
                account.enterpriseId(), new ReconciliationEventsV1.TransferReturnedV1(transferId, endToEndId, caseId, account.account(),
                amount.toPlainString(), account.currency().getCurrencyCode(), bookingDate, statementLineIds)));
    }
}
