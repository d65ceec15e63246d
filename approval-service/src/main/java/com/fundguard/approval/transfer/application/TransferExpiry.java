package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.DecisionRefused;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires requests left undecided past the decision deadline (EXPIRED, with TransferExpired for the people
 * concerned). Each request in its own transaction; one decided meanwhile is left alone.
 */
public class TransferExpiry {

    private final TransferRequests requests;
    private final TransferEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration deadline;

    public TransferExpiry(TransferRequests requests, TransferEvents events, TransactionTemplate transactions, Clock clock,
                          Duration deadline) {
        this.requests = requests;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.deadline = deadline;
    }

    /** Expires what is overdue now; returns how many requests expired. */
    public int expireOverdue() {
        int expired = 0;
        for (TransferRequests.RequestKey key : requests.awaitingDecisionSubmittedBefore(clock.instant().minus(deadline), 500)) {
            Boolean done = transactions.execute(status -> requests.find(key.enterpriseId(), key.transferId())
                    .filter(TransferRequest::awaitingDecision)
                    .map(request -> {
                        try {
                            TransferRequest.Changed changed = request.expire(deadline, clock);
                            requests.update(changed.request());
                            changed.events().forEach(event -> events.happened(changed.request(), event));
                            return true;
                        } catch (DecisionRefused | ConcurrentTransferChangeException decidedMeanwhile) {
                            return false;
                        }
                    })
                    .orElse(false));
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        return expired;
    }
}
