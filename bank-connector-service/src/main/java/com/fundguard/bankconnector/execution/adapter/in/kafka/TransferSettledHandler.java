package com.fundguard.bankconnector.execution.adapter.in.kafka;

import com.fundguard.bankconnector.execution.application.ExecutionDesk;
import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.MalformedEventException;
import com.fundguard.events.inbox.EventHandler;
import java.util.UUID;

/**
 * Reconciliation found the transfer booked on the bank statement. For an execution still waiting on an unknown outcome
 * this is the bank's answer: it is EXECUTED and never sent again (reconciliation-service's contract; this service reads
 * the transfer and the bank's reference of the booking).
 */
public class TransferSettledHandler implements EventHandler {

    static final String TYPE = "com.fundguard.reconciliation.transfer-settled.v1";

    record TransferSettledV1(UUID transferId, String bankReference) {
    }

    private final EventEnvelopeCodec codec;
    private final ExecutionDesk desk;

    public TransferSettledHandler(EventEnvelopeCodec codec, ExecutionDesk desk) {
        this.codec = codec;
        this.desk = desk;
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public void apply(EventEnvelope event) {
        TransferSettledV1 settled = codec.dataAs(event, TransferSettledV1.class);
        if (settled.transferId() == null || settled.bankReference() == null || settled.bankReference().isBlank()) {
            throw new MalformedEventException("a settlement names the transfer and the bank's reference of its booking: " + event.id());
        }
        desk.settleOnStatement(UUID.fromString(event.enterpriseid()), settled.transferId(), settled.bankReference());
    }
}
