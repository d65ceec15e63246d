package com.fundguard.voucher.voucher.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.voucher.voucher.application.VoucherEvents;
import com.fundguard.voucher.voucher.domain.Voucher;

public class OutboxVoucherEvents implements VoucherEvents {

    private final EventOutbox outbox;

    public OutboxVoucherEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void captured(Voucher v) {
        outbox.append(new OutgoingEvent("voucher", VoucherCapturedV1.TYPE, v.id().toString(), v.enterpriseId(),
                new VoucherCapturedV1(v.id(), v.type().name(), v.mediaType().mimeType, v.sizeBytes(), v.sha256(),
                        v.uploadedBy(), v.uploadedAt())));
    }
}
