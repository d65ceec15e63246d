package com.fundguard.notification.inbox.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.notification.inbox.application.UserInbox;
import com.fundguard.notification.inbox.domain.TransferSubmittedNotice;
import java.util.UUID;

/** A submitted transfer: its applicant is told in the in-app inbox. */
public class TransferSubmittedHandler implements EventHandler {

    private final EventEnvelopeCodec codec;
    private final UserInbox inbox;

    public TransferSubmittedHandler(EventEnvelopeCodec codec, UserInbox inbox) {
        this.codec = codec;
        this.inbox = inbox;
    }

    @Override
    public String eventType() {
        return TransferSubmittedV1.TYPE;
    }

    @Override
    public void apply(EventEnvelope event) {
        TransferSubmittedV1 submitted = codec.dataAs(event, TransferSubmittedV1.class);
        inbox.tellApplicant(UUID.fromString(event.enterpriseid()), submitted.applicantId(), event.id(),
                new TransferSubmittedNotice(submitted.transferId(), submitted.reference(), submitted.amount(),
                        submitted.currency(), submitted.payee().name(), submitted.payee().maskedAccountNumber()));
    }
}
