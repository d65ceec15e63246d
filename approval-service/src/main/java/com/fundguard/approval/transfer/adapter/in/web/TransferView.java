package com.fundguard.approval.transfer.adapter.in.web;

import com.fundguard.approval.transfer.application.TransferContent;
import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A transfer request as the API shows it: the amount as a decimal string so no client parses it as a float, the
 * content hash a decider must send back with a decision, the frozen route and the decisions so far.
 */
record TransferView(UUID id, String reference, String state, UUID applicantId, String payerAccount, PayeeView payee,
                    AmountView amount, String purpose, LocalDate requestedExecutionDate, List<UUID> voucherIds,
                    Instant submittedAt, String contentHash, RouteView route, String pendingStep, List<DecisionView> decisions,
                    UUID resubmissionOf, ConfirmationView confirmation) {

    /**
     * What a decider's second factor confirms for the pending step (PSD2 dynamic linking): sent as is to
     * identity-service, whose proof is bound to {@code challenge}.
     */
    record ConfirmationView(UUID transferId, int step, String amount, String currency, String payeeAccount, String contentHash,
                            String challenge) {
    }

    record PayeeView(String name, String accountNumber, String bankCode, String type) {
    }

    record AmountView(String value, String currency) {
    }

    record RouteView(String decidedBy, List<StepView> steps, List<String> riskFlags) {
    }

    record StepView(String name, String role, int quorum) {
    }

    record DecisionView(UUID deciderId, String step, String verdict, String opinion, String client, Instant decidedAt,
                        String contentHash, boolean confirmedWithSecondFactor) {
    }

    static TransferView of(TransferRequest request) {
        TransferDetails details = request.details();
        return new TransferView(request.id(), request.reference().value(), request.state().name(), request.applicantId(),
                details.payerAccount(),
                new PayeeView(details.payee().name(), details.payee().accountNumber(), details.payee().bankCode(),
                        details.payee().type().name()),
                new AmountView(details.amount().amount().toPlainString(), details.amount().currency().getCurrencyCode()),
                details.purpose(), details.requestedExecutionDate(), details.voucherIds(), request.submittedAt(),
                request.contentHash(),
                new RouteView(request.route().decidedBy(),
                        request.route().steps().stream().map(s -> new StepView(s.name(), s.role().name(), s.quorum())).toList(),
                        request.route().riskFlags()),
                request.pendingStep().map(s -> s.name()).orElse(null),
                request.decisions().stream().map(d -> new DecisionView(d.deciderId(), d.stepName(), d.verdict().name(),
                        d.opinion(), d.client(), d.decidedAt(), d.contentHash(), d.secondFactorProof().isPresent())).toList(),
                request.resubmissionOf().orElse(null),
                request.awaitingDecision()
                        ? new ConfirmationView(request.id(), request.currentStep(), details.amount().amount().toPlainString(),
                                details.amount().currency().getCurrencyCode(), details.payee().accountNumber(), request.contentHash(),
                                TransferContent.confirmationChallenge(request))
                        : null);
    }
}
