package com.fundguard.bankconnector.execution.adapter.in.kafka;

import com.fundguard.bankconnector.execution.application.ExecutionDesk;
import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.MalformedEventException;
import com.fundguard.events.inbox.EventHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** An authorized transfer joins the execution queue with the order exactly as approved (approval-service's contract). */
public class TransferAuthorizedHandler implements EventHandler {

    static final String TYPE = "com.fundguard.transfer.authorized.v1";

    record TransferAuthorizedV1(UUID transferId, String reference, OrderV1 order) {
    }

    record OrderV1(String payerAccount, String payeeName, String payeeAccount, String payeeBankCode, String payeeType, String amount,
                   String currency, String purpose, LocalDate requestedExecutionDate, List<UUID> voucherIds, String contentHash) {
    }

    private final EventEnvelopeCodec codec;
    private final ExecutionDesk desk;

    public TransferAuthorizedHandler(EventEnvelopeCodec codec, ExecutionDesk desk) {
        this.codec = codec;
        this.desk = desk;
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public void apply(EventEnvelope event) {
        TransferAuthorizedV1 authorized = codec.dataAs(event, TransferAuthorizedV1.class);
        OrderV1 o = authorized.order();
        if (o == null) {
            throw new MalformedEventException("an authorization without its order cannot be executed: " + event.id());
        }
        desk.queue(new ExecutionDesk.Authorized(authorized.transferId(), UUID.fromString(event.enterpriseid()), authorized.reference(),
                o.payerAccount(), o.payeeName(), o.payeeAccount(), o.payeeBankCode(), o.payeeType(), new BigDecimal(o.amount()),
                Currency.getInstance(o.currency()), o.purpose(), o.requestedExecutionDate(),
                o.voucherIds() == null ? List.of() : o.voucherIds(), o.contentHash()));
    }
}
