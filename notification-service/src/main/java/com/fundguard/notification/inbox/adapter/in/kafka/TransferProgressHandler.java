package com.fundguard.notification.inbox.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.notification.inbox.application.UserInbox;
import com.fundguard.notification.inbox.domain.TransferProgressNotice;
import java.util.UUID;

/** A request moved on after submission: its applicant is told in the in-app inbox. One instance per event type. */
public class TransferProgressHandler implements EventHandler {

    private final String eventType;
    private final TransferProgressNotice.Kind kind;
    private final EventEnvelopeCodec codec;
    private final UserInbox inbox;

    public TransferProgressHandler(TransferProgressNotice.Kind kind, EventEnvelopeCodec codec, UserInbox inbox) {
        this.eventType = "com.fundguard.transfer." + kind.eventName() + ".v1";
        this.kind = kind;
        this.codec = codec;
        this.inbox = inbox;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public void apply(EventEnvelope event) {
        TransferProgressV1 progress = codec.dataAs(event, TransferProgressV1.class);
        inbox.tellApplicant(UUID.fromString(event.enterpriseid()), progress.applicantId(), event.id(),
                new TransferProgressNotice(kind, progress.transferId(), progress.reference(), progress.reason()));
    }
}
