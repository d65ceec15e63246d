package com.fundguard.bankconnector.execution.adapter.out.events;

import com.fundguard.bankconnector.execution.adapter.out.events.ExecutionEventsV1.ExecutionClaimedV1;
import com.fundguard.bankconnector.execution.adapter.out.events.ExecutionEventsV1.ExecutionOutcomeUnknownV1;
import com.fundguard.bankconnector.execution.adapter.out.events.ExecutionEventsV1.Movement;
import com.fundguard.bankconnector.execution.adapter.out.events.ExecutionEventsV1.TransferExecutedV1;
import com.fundguard.bankconnector.execution.adapter.out.events.ExecutionEventsV1.TransferFailedV1;
import com.fundguard.bankconnector.execution.application.ExecutionEvents;
import com.fundguard.bankconnector.execution.domain.Execution;
import com.fundguard.bankconnector.execution.domain.ExecutionEvent;
import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;

/**
 * Turns execution events into the published contracts, written to the outbox in the act's transaction. Credential
 * releases and requeues are kept in the execution's timeline and audit table, not published.
 */
public class OutboxExecutionEvents implements ExecutionEvents {

    static final String FAMILY = "execution";

    private final EventOutbox outbox;

    public OutboxExecutionEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void happened(Execution execution, ExecutionEvent event) {
        ExecutionOrder o = execution.order();
        Movement movement = new Movement(o.payerAccount(), o.payeeAccount(), o.amount().toPlainString(), o.currency().getCurrencyCode());
        Published published = switch (event) {
            case ExecutionEvent.Claimed e -> new Published(ExecutionClaimedV1.TYPE, new ExecutionClaimedV1(e.transferId(), o.reference(),
                    o.endToEndId(), e.attempt(), e.agentId(), e.leaseExpiresAt(), e.at()));
            case ExecutionEvent.Executed e -> new Published(TransferExecutedV1.TYPE, new TransferExecutedV1(e.transferId(), o.reference(),
                    o.endToEndId(), e.attempt(), e.bankReference(), e.byInquiry(), movement, e.at()));
            case ExecutionEvent.Failed e -> new Published(TransferFailedV1.TYPE, new TransferFailedV1(e.transferId(), o.reference(),
                    o.endToEndId(), e.attempt(), e.reasonCode(), e.byInquiry(), movement, e.at()));
            case ExecutionEvent.OutcomeUnknown e -> new Published(ExecutionOutcomeUnknownV1.TYPE, new ExecutionOutcomeUnknownV1(e.transferId(),
                    o.reference(), o.endToEndId(), e.attempt(), e.why(), e.inquiryDueAt(), movement, e.at()));
            case ExecutionEvent.CredentialsReleased e -> null;
            case ExecutionEvent.Requeued e -> null;
        };
        if (published != null) {
            outbox.append(new OutgoingEvent(FAMILY, published.type(), o.transferId().toString(), o.enterpriseId(), published.data()));
        }
    }

    private record Published(String type, Object data) {
    }
}
