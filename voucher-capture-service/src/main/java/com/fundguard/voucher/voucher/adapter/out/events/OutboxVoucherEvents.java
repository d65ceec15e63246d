package com.fundguard.voucher.voucher.adapter.out.events;

import com.fundguard.events.outbox.EventOutbox;
import com.fundguard.events.outbox.OutgoingEvent;
import com.fundguard.voucher.voucher.application.VoucherEvents;
import com.fundguard.voucher.voucher.application.VoucherQualityException;
import com.fundguard.voucher.voucher.application.VoucherRejectedException;
import com.fundguard.voucher.voucher.domain.ReuseSuspicion;
import com.fundguard.voucher.voucher.domain.Voucher;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    @Override
    public void rejected(UUID enterpriseId, UUID uploadedBy, VoucherRejectedException refusal, Instant at) {
        List<VoucherRejectedV1.Shortfall> shortfalls = refusal instanceof VoucherQualityException quality
                ? quality.shortfalls().stream().map(s -> new VoucherRejectedV1.Shortfall(s.check().name(), s.measured(), s.threshold())).toList()
                : List.of();
        UUID refusalId = UUID.randomUUID();
        outbox.append(new OutgoingEvent("voucher", VoucherRejectedV1.TYPE, refusalId.toString(), enterpriseId,
                new VoucherRejectedV1(refusalId, uploadedBy, refusal.reason().name(), refusal.getMessage(), shortfalls, at)));
    }

    @Override
    public void reuseSuspected(UUID enterpriseId, ReuseSuspicion s) {
        outbox.append(new OutgoingEvent("voucher", VoucherReuseSuspectedV1.TYPE, s.voucherId().toString(), enterpriseId,
                new VoucherReuseSuspectedV1(s.voucherId(), s.transferId(), s.otherVoucherId(), s.otherTransferId(), s.distance())));
    }
}
