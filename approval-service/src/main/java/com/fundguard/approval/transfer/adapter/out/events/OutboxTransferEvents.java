package com.fundguard.approval.transfer.adapter.out.events;

import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.TransferAuditedV1;
import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.OrderV1;
import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.TransferAuthorizedV1;
import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.TransferCancelledV1;
import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.TransferExpiredV1;
import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.TransferRejectedV1;
import com.fundguard.approval.transfer.adapter.out.events.TransferDecidedEventsV1.TransferStepApprovedV1;
import com.fundguard.approval.transfer.application.TransferEvents;
import com.fundguard.approval.transfer.domain.Decision;
import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferEvent;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.approval.transfer.domain.TransferSubmitted;
import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import java.util.List;
import java.util.UUID;

/** Turns domain events into the published contracts and writes them to the outbox. */
public class OutboxTransferEvents implements TransferEvents {

    static final String FAMILY = "transfer";

    private final EventOutbox outbox;

    public OutboxTransferEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void submitted(TransferSubmitted event, Route route) {
        TransferDetails details = event.details();
        var payee = new TransferSubmittedV1.Payee(details.payee().name(), details.payee().maskedAccount(),
                details.payee().bankCode(), details.payee().type().name());
        var steps = route.steps().stream().map(s -> new TransferSubmittedV1.Step(s.name(), s.role().name(), s.quorum())).toList();
        publish(event.transferId(), event.enterpriseId(), TransferSubmittedV1.TYPE,
                new TransferSubmittedV1(event.transferId(), event.reference().value(), event.applicantId(),
                        details.payerAccount(), payee, details.amount().amount().toPlainString(),
                        details.amount().currency().getCurrencyCode(), details.purpose(),
                        details.requestedExecutionDate(), details.voucherIds(), event.submittedAt(),
                        new TransferSubmittedV1.RouteV1(route.decidedBy(), steps, route.riskFlags())));
    }

    @Override
    public void happened(TransferRequest request, TransferEvent event) {
        String ref = request.reference().value();
        UUID applicant = request.applicantId();
        switch (event) {
            case TransferEvent.StepApproved e when e.step().equals("AUDIT") -> publish(e.transferId(), e.enterpriseId(),
                    TransferAuditedV1.TYPE, new TransferAuditedV1(e.transferId(), ref, applicant, e.nextState().name(), e.at(),
                            approvers(request, e.stepIndex())));
            case TransferEvent.StepApproved e -> publish(e.transferId(), e.enterpriseId(), TransferStepApprovedV1.TYPE,
                    new TransferStepApprovedV1(e.transferId(), ref, applicant, e.step(), e.stepIndex(), e.nextState().name(), e.at(),
                            approvers(request, e.stepIndex())));
            case TransferEvent.Authorized e -> publish(e.transferId(), e.enterpriseId(), TransferAuthorizedV1.TYPE,
                    new TransferAuthorizedV1(e.transferId(), ref, applicant, e.routeDecidedBy(), e.at(), orderOf(request),
                            approvers(request, null)));
            case TransferEvent.Rejected e -> publish(e.transferId(), e.enterpriseId(), TransferRejectedV1.TYPE,
                    new TransferRejectedV1(e.transferId(), ref, applicant, e.step(), e.rejectedBy(), e.reason(), e.at()));
            case TransferEvent.Cancelled e -> publish(e.transferId(), e.enterpriseId(), TransferCancelledV1.TYPE,
                    new TransferCancelledV1(e.transferId(), ref, applicant, e.cancelledBy(), e.at()));
            case TransferEvent.Expired e -> publish(e.transferId(), e.enterpriseId(), TransferExpiredV1.TYPE,
                    new TransferExpiredV1(e.transferId(), ref, applicant, e.expiredIn().name(), e.at()));
        }
    }

    /** Who approved the step at {@code stepIndex}, or every step when it is null: the people a result concerns. */
    private static List<UUID> approvers(TransferRequest request, Integer stepIndex) {
        return request.decisions().stream()
                .filter(decision -> decision.verdict() == Decision.Verdict.APPROVE)
                .filter(decision -> stepIndex == null || decision.stepIndex() == stepIndex)
                .map(Decision::deciderId).distinct().toList();
    }

    private static OrderV1 orderOf(TransferRequest request) {
        TransferDetails details = request.details();
        return new OrderV1(details.payerAccount(), details.payee().name(), details.payee().accountNumber(), details.payee().bankCode(),
                details.payee().type().name(), details.amount().amount().toPlainString(), details.amount().currency().getCurrencyCode(),
                details.purpose(), details.requestedExecutionDate(), details.voucherIds(), request.contentHash());
    }

    private void publish(UUID transferId, UUID enterpriseId, String type, Object data) {
        outbox.append(new OutgoingEvent(FAMILY, type, transferId.toString(), enterpriseId, data));
    }
}
