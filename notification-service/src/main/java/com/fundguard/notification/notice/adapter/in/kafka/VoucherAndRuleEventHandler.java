package com.fundguard.notification.notice.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.notification.notice.application.VoucherAndRuleNotices;
import com.fundguard.notification.notice.domain.NoticeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One event type of the voucher or rules topic, told through {@link VoucherAndRuleNotices}. Applied through the same
 * event inbox as {@link NoticeEventHandler} (one transaction per event, a redelivered event is not applied again); not
 * handed to the transfer subscribers: these events move no approval step and are no webhook event.
 */
public class VoucherAndRuleEventHandler implements EventHandler {

    /** The kinds this handler tells. */
    public static final List<NoticeKind> KINDS =
            List.of(NoticeKind.VOUCHER_REUSE_SUSPECTED, NoticeKind.VOUCHER_REJECTED, NoticeKind.RULE_SET_PUBLISHED);

    private final NoticeKind kind;
    private final EventEnvelopeCodec codec;
    private final VoucherAndRuleNotices notices;

    public VoucherAndRuleEventHandler(NoticeKind kind, EventEnvelopeCodec codec, VoucherAndRuleNotices notices) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not a voucher or rules event");
        }
        this.kind = kind;
        this.codec = codec;
        this.notices = notices;
    }

    @Override
    public String eventType() {
        return kind.eventType();
    }

    @Override
    public void apply(EventEnvelope event) {
        UUID enterpriseId = UUID.fromString(event.enterpriseid());
        switch (kind) {
            case VOUCHER_REUSE_SUSPECTED -> {
                var e = codec.dataAs(event, VoucherAndRuleEventV1.ReuseSuspected.class);
                notices.voucherReuseSuspected(event.id(), enterpriseId, e.transferId(), e.otherTransferId(), e.distance());
            }
            case VOUCHER_REJECTED -> {
                var e = codec.dataAs(event, VoucherAndRuleEventV1.Rejected.class);
                // measured / threshold as the checks report them: numbers read the same in every language
                List<String> shortfalls = e.shortfalls() == null ? List.of() : e.shortfalls().stream()
                        .map(s -> "%s %s / %s".formatted(s.check(), trimmed(s.measured()), trimmed(s.threshold())))
                        .toList();
                notices.voucherRejected(event.id(), enterpriseId, e.refusalId(), e.uploadedBy(), e.reason(),
                        Optional.ofNullable(e.detail()).filter(d -> !d.isBlank()), shortfalls);
            }
            case RULE_SET_PUBLISHED -> {
                var e = codec.dataAs(event, VoucherAndRuleEventV1.RuleSetPublished.class);
                notices.ruleSetPublished(event.id(), enterpriseId, e.ruleSetId(), e.version());
            }
            default -> throw new IllegalStateException(kind + " is not a voucher or rules event");
        }
    }

    private static String trimmed(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
