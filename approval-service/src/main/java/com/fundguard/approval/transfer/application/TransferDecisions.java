package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.Decider;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approving, rejecting and cancelling transfer requests. The decider's roles are asked from the directory at this
 * moment; the change and its events commit together, and a concurrent change by someone else makes this one fail
 * whole (optimistic locking), so two approvers at the same instant cause exactly one transition.
 */
public class TransferDecisions {

    private final TransferRequests requests;
    private final TransferEvents events;
    private final ApproverDirectory directory;
    private final ContentBoundConfirmation confirmation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TransferDecisions(TransferRequests requests, TransferEvents events, ApproverDirectory directory,
                             ContentBoundConfirmation confirmation, TransactionTemplate transactions, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.directory = directory;
        this.confirmation = confirmation;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param proof the content-bound confirmation proof, needed above the enterprise's threshold */
    public TransferRequest approve(UUID enterpriseId, UUID transferId, UUID deciderId, String client, String contentHashSeen,
                                   String opinion, Optional<String> proof) {
        var roles = directory.currentRoles(enterpriseId, deciderId);
        return act(enterpriseId, transferId, request -> request.approve(
                new Decider(deciderId, roles, client, confirmation.check(request, deciderId, proof)), contentHashSeen, opinion, clock));
    }

    public TransferRequest reject(UUID enterpriseId, UUID transferId, UUID deciderId, String client, String contentHashSeen,
                                  String reason, Optional<String> proof) {
        var roles = directory.currentRoles(enterpriseId, deciderId);
        return act(enterpriseId, transferId, request -> request.reject(
                new Decider(deciderId, roles, client, confirmation.check(request, deciderId, proof)), contentHashSeen, reason, clock));
    }

    public TransferRequest cancel(UUID enterpriseId, UUID transferId, UUID applicantId) {
        return act(enterpriseId, transferId, request -> request.cancel(applicantId, clock));
    }

    /** What the bank side reported about an authorized request (execution and reconciliation events). */
    public enum BankOutcome {
        CLAIMED, EXECUTED, FAILED, OUTCOME_UNKNOWN, SETTLED, RETURNED
    }

    /** Moves the request as the bank side reports; an impossible report is refused (and dead-lettered), never swallowed. */
    public TransferRequest record(UUID enterpriseId, UUID transferId, BankOutcome outcome) {
        return act(enterpriseId, transferId, request -> switch (outcome) {
            case CLAIMED -> request.startExecution();
            case EXECUTED -> request.recordExecuted();
            case FAILED -> request.recordFailed();
            case OUTCOME_UNKNOWN -> request.recordOutcomeUnknown();
            case SETTLED -> request.settle();
            case RETURNED -> request.recordReturned();
        });
    }

    private TransferRequest act(UUID enterpriseId, UUID transferId, Function<TransferRequest, TransferRequest.Changed> act) {
        return transactions.execute(status -> {
            TransferRequest current = requests.find(enterpriseId, transferId).orElseThrow(() -> new TransferNotFoundException(transferId));
            TransferRequest.Changed changed = act.apply(current);
            requests.update(changed.request());
            changed.events().forEach(event -> events.happened(changed.request(), event));
            return changed.request();
        });
    }
}
