package com.fundguard.voucher.voucher.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.voucher.voucher.application.VoucherAttachments;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A submitted transfer: its vouchers are attached to it and compared with the enterprise's other transfers'. */
public class TransferSubmittedHandler implements EventHandler {

    private final EventEnvelopeCodec codec;
    private final VoucherAttachments attachments;

    public TransferSubmittedHandler(EventEnvelopeCodec codec, VoucherAttachments attachments) {
        this.codec = codec;
        this.attachments = attachments;
    }

    @Override
    public String eventType() {
        return TransferSubmittedV1.TYPE;
    }

    @Override
    public void apply(EventEnvelope event) {
        TransferSubmittedV1 submitted = codec.dataAs(event, TransferSubmittedV1.class);
        List<UUID> voucherIds = submitted.voucherIds() == null ? List.of() : submitted.voucherIds();
        Set<String> approverRoles = submitted.route() == null || submitted.route().steps() == null ? Set.of()
                : submitted.route().steps().stream().map(TransferSubmittedV1.Step::role).collect(Collectors.toUnmodifiableSet());
        attachments.submitted(UUID.fromString(event.enterpriseid()), submitted.transferId(), submitted.applicantId(), voucherIds,
                approverRoles);
    }
}
