package com.fundguard.approval.transfer.adapter.in.kafka;

import com.fundguard.approval.transfer.application.TransferDecisions;
import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import java.util.UUID;

/**
 * Applies one type of the bank side's events to the request it names. The contracts are the execution and
 * reconciliation services' (their issues publish them); this service reads only the transfer id (tolerant reader).
 */
public class BankOutcomeHandler implements EventHandler {

    /** The execution and reconciliation event types this service follows, and what each means for a request. */
    public enum Followed {
        CLAIMED("com.fundguard.execution.claimed.v1", TransferDecisions.BankOutcome.CLAIMED),
        EXECUTED("com.fundguard.execution.executed.v1", TransferDecisions.BankOutcome.EXECUTED),
        FAILED("com.fundguard.execution.failed.v1", TransferDecisions.BankOutcome.FAILED),
        OUTCOME_UNKNOWN("com.fundguard.execution.outcome-unknown.v1", TransferDecisions.BankOutcome.OUTCOME_UNKNOWN),
        SETTLED("com.fundguard.reconciliation.transfer-settled.v1", TransferDecisions.BankOutcome.SETTLED),
        RETURNED("com.fundguard.reconciliation.transfer-returned.v1", TransferDecisions.BankOutcome.RETURNED);

        final String type;
        final TransferDecisions.BankOutcome outcome;

        Followed(String type, TransferDecisions.BankOutcome outcome) {
            this.type = type;
            this.outcome = outcome;
        }
    }

    record TransferNamed(UUID transferId) {
    }

    private final Followed followed;
    private final EventEnvelopeCodec codec;
    private final TransferDecisions decisions;

    public BankOutcomeHandler(Followed followed, EventEnvelopeCodec codec, TransferDecisions decisions) {
        this.followed = followed;
        this.codec = codec;
        this.decisions = decisions;
    }

    @Override
    public String eventType() {
        return followed.type;
    }

    @Override
    public void apply(EventEnvelope event) {
        TransferNamed named = codec.dataAs(event, TransferNamed.class);
        decisions.record(UUID.fromString(event.enterpriseid()), named.transferId(), followed.outcome);
    }
}
