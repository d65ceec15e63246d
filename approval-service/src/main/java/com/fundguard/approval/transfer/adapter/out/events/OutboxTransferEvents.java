package com.fundguard.approval.transfer.adapter.out.events;

import com.fundguard.approval.transfer.application.TransferEvents;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferSubmitted;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;

/** Turns domain events into the published contracts and writes them to the outbox. */
public class OutboxTransferEvents implements TransferEvents {

    static final String FAMILY = "transfer";

    private final EventOutbox outbox;

    public OutboxTransferEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void submitted(TransferSubmitted event) {
        TransferDetails details = event.details();
        var payee = new TransferSubmittedV1.Payee(details.payee().name(), details.payee().maskedAccount(),
                details.payee().bankCode(), details.payee().type().name());
        outbox.append(new OutgoingEvent(FAMILY, TransferSubmittedV1.TYPE, event.transferId().toString(), event.enterpriseId(),
                new TransferSubmittedV1(event.transferId(), event.reference().value(), event.applicantId(),
                        details.payerAccount(), payee, details.amount().amount().toPlainString(),
                        details.amount().currency().getCurrencyCode(), details.purpose(),
                        details.requestedExecutionDate(), details.voucherIds(), event.submittedAt())));
    }
}
