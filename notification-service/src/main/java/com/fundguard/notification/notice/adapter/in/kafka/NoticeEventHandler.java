package com.fundguard.notification.notice.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.notification.notice.application.TransferEventSubscriber;
import com.fundguard.notification.notice.application.TransferNotices;
import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.notice.domain.NoticedTransfer;
import com.fundguard.notification.notice.domain.TransferOccurrence;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One event type of the transfer, execution or reconciliation topic, told through {@link TransferNotices}, then handed whole to the
 * subscribers (webhooks) in the same inbox transaction. One instance per kind.
 */
public class NoticeEventHandler implements EventHandler {

    private final NoticeKind kind;
    private final EventEnvelopeCodec codec;
    private final TransferNotices notices;
    private final List<TransferEventSubscriber> subscribers;

    public NoticeEventHandler(NoticeKind kind, EventEnvelopeCodec codec, TransferNotices notices,
                              List<TransferEventSubscriber> subscribers) {
        this.kind = kind;
        this.codec = codec;
        this.notices = notices;
        this.subscribers = List.copyOf(subscribers);
    }

    @Override
    public String eventType() {
        return kind.eventType();
    }

    @Override
    public void apply(EventEnvelope event) {
        UUID enterpriseId = UUID.fromString(event.enterpriseid());
        TransferOccurrence occurrence = switch (kind) {
            case TRANSFER_SUBMITTED -> {
                TransferEventV1 e = codec.dataAs(event, TransferEventV1.class);
                List<String> roles = e.route() == null ? List.of()
                        : e.route().steps().stream().map(TransferEventV1.Step::role).toList();
                notices.submitted(event.id(), NoticedTransfer.submitted(enterpriseId, e.transferId(), e.reference(),
                        e.applicantId(), e.amount(), e.currency(), e.payee().name(), e.payee().maskedAccountNumber(), roles));
                yield occurrence(event, enterpriseId, e.transferId(), e.reference(), null, null);
            }
            case TRANSFER_AUDITED, TRANSFER_STEP_APPROVED, TRANSFER_AUTHORIZED, TRANSFER_REJECTED, TRANSFER_CANCELLED,
                 TRANSFER_EXPIRED -> {
                TransferEventV1 e = codec.dataAs(event, TransferEventV1.class);
                Optional<Integer> approvedStep = switch (kind) {
                    case TRANSFER_AUDITED -> Optional.of(0);
                    case TRANSFER_STEP_APPROVED -> Optional.of(e.stepIndex());
                    default -> Optional.empty();
                };
                notices.progressed(kind, event.id(), enterpriseId, e.transferId(), e.reference(), e.applicantId(),
                        approvedStep, e.deciders(), Optional.ofNullable(e.reason()));
                yield occurrence(event, enterpriseId, e.transferId(), e.reference(), e.nextState(), e.reason());
            }
            case EXECUTION_CLAIMED, EXECUTION_EXECUTED, EXECUTION_FAILED, EXECUTION_OUTCOME_UNKNOWN -> {
                ExecutionEventV1 e = codec.dataAs(event, ExecutionEventV1.class);
                notices.executionReported(kind, event.id(), enterpriseId, e.transferId(),
                        Optional.ofNullable(e.reasonCode()).or(() -> Optional.ofNullable(e.why())));
                yield occurrence(event, enterpriseId, e.transferId(), e.reference(), null,
                        e.reasonCode() != null ? e.reasonCode() : e.why());
            }
            case RECONCILIATION_TRANSFER_SETTLED -> {
                TransferSettledV1 e = codec.dataAs(event, TransferSettledV1.class);
                notices.executionReported(kind, event.id(), enterpriseId, e.transferId(), Optional.empty());
                // The contract names only the transfer: the webhook takes its reference from the kept transfer.
                yield occurrence(event, enterpriseId, e.transferId(), null, null, null);
            }
            case RECONCILIATION_TRANSFER_RETURNED -> {
                TransferReturnedV1 e = codec.dataAs(event, TransferReturnedV1.class);
                notices.executionReported(kind, event.id(), enterpriseId, e.transferId(), Optional.empty());
                yield occurrence(event, enterpriseId, e.transferId(), null, null, null);
            }
            // The reminder scan tells these; no event has their type, so no handler is made for them.
            case APPROVAL_REMINDER, APPROVAL_ESCALATED -> throw new IllegalStateException(kind + " is not a consumed event");
            // No transfer's progress: VoucherAndRuleEventHandler tells these.
            case VOUCHER_REUSE_SUSPECTED, VOUCHER_REJECTED, RULE_SET_PUBLISHED ->
                    throw new IllegalStateException(kind + " is told by VoucherAndRuleEventHandler");
            case DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER, DISCREPANCY_OPENED, DISCREPANCY_ESCALATED, DISCREPANCY_RESOLVED ->
                    throw new IllegalStateException(kind + " is told by ErrorCaseEventHandler");
        };
        subscribers.forEach(subscriber -> subscriber.occurred(occurrence));
    }

    private TransferOccurrence occurrence(EventEnvelope event, UUID enterpriseId, UUID transferId, String reference,
                                          String nextState, String reason) {
        return new TransferOccurrence(kind, event.id(), event.time(), enterpriseId, transferId,
                Optional.ofNullable(reference), Optional.ofNullable(nextState), Optional.ofNullable(reason));
    }
}
