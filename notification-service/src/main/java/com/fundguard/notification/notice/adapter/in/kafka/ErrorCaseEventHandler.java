package com.fundguard.notification.notice.adapter.in.kafka;

import com.fundguard.events.EventEnvelope;
import com.fundguard.events.EventEnvelopeCodec;
import com.fundguard.events.MalformedEventException;
import com.fundguard.events.inbox.EventHandler;
import com.fundguard.notification.notice.application.ErrorCaseNotices;
import com.fundguard.notification.notice.domain.ErrorCase;
import com.fundguard.notification.notice.domain.ErrorCaseStanding;
import com.fundguard.notification.notice.domain.NoticeKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One event type of reconciliation-service's error cases, told through {@link ErrorCaseNotices}; applied through the
 * same event inbox as {@link NoticeEventHandler}. Not handed to the transfer subscribers: a case moves no approval step
 * and is no webhook event. {@code discrepancy-opened.v1} is one handler for two kinds ({@link NoticeKind#ofOpenedErrorCase}).
 * An event without its case or type, or with a deadline that is no time, is malformed: it goes to the dead-letter topic
 * at once (retrying cannot mend it), rather than be told to the wrong people or with a wrong time.
 */
public class ErrorCaseEventHandler implements EventHandler {

    /** One kind per event type this handler reads (the opened event also tells as DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER). */
    public static final List<NoticeKind> KINDS =
            List.of(NoticeKind.DISCREPANCY_OPENED, NoticeKind.DISCREPANCY_ESCALATED, NoticeKind.DISCREPANCY_RESOLVED);

    private final NoticeKind kind;
    private final EventEnvelopeCodec codec;
    private final ErrorCaseNotices notices;
    private final ZoneId zone;

    /** @param zone the zone texts show times in: a deadline given as an instant is read onto its clock */
    public ErrorCaseEventHandler(NoticeKind kind, EventEnvelopeCodec codec, ErrorCaseNotices notices, ZoneId zone) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not read by the error-case handler");
        }
        this.kind = kind;
        this.codec = codec;
        this.notices = notices;
        this.zone = zone;
    }

    @Override
    public String eventType() {
        return kind.eventType();
    }

    @Override
    public void apply(EventEnvelope event) {
        UUID enterpriseId = UUID.fromString(event.enterpriseid());
        switch (kind) {
            case DISCREPANCY_OPENED -> {
                var e = codec.dataAs(event, ErrorCaseEventV1.Opened.class);
                notices.opened(event.id(), new ErrorCase(enterpriseId, required(e.caseId(), "caseId"), required(e.type(), "type"),
                        Optional.ofNullable(e.account()), amount(e.amount()), Optional.ofNullable(e.currency()),
                        Optional.ofNullable(e.transactionDate()), deadline(e.deadline())),
                        e.transferIds() == null ? List.of() : e.transferIds());
            }
            case DISCREPANCY_ESCALATED -> {
                var e = codec.dataAs(event, ErrorCaseEventV1.Escalated.class);
                notices.escalated(event.id(), new ErrorCase(enterpriseId, required(e.caseId(), "caseId"), required(e.type(), "type"),
                        Optional.ofNullable(e.account()), amount(e.amount()), Optional.ofNullable(e.currency()),
                        Optional.empty(), deadline(e.deadline())), standing(e));
            }
            case DISCREPANCY_RESOLVED -> {
                var e = codec.dataAs(event, ErrorCaseEventV1.Resolved.class);
                notices.resolved(event.id(), new ErrorCase(enterpriseId, required(e.caseId(), "caseId"), required(e.type(), "type"),
                        Optional.ofNullable(e.account()), amount(e.amount()), Optional.ofNullable(e.currency()),
                        Optional.empty(), Optional.empty()),
                        Optional.ofNullable(e.resolution()).filter(r -> !r.isBlank()).orElse(""));
            }
            default -> throw new IllegalStateException(kind + " is not read by the error-case handler");
        }
    }

    /** How an overdue case stands, for whoever it is escalated to: a proposal waiting for approval, or its owner, if any. */
    private static ErrorCaseStanding standing(ErrorCaseEventV1.Escalated e) {
        if ("RESOLUTION_PROPOSED".equals(e.state())) {
            return ErrorCaseStanding.RESOLUTION_PROPOSED;
        }
        return e.owner() == null ? ErrorCaseStanding.NOBODY_TOOK_IT : ErrorCaseStanding.TAKEN;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new MalformedEventException("an error-case event without " + field);
        }
        return value;
    }

    /** The decimal as written: 125000.50 stays 125000.50, never 125000.5 nor 1.2500050E+5. */
    private static Optional<String> amount(BigDecimal amount) {
        return Optional.ofNullable(amount).map(BigDecimal::toPlainString);
    }

    /**
     * An instant or a date-time with an offset is moved onto the texts' zone; one without an offset is taken as it is
     * (the producer's business clock). A deadline that is none of these is malformed: the event is dead-lettered rather
     * than told with a wrong time.
     */
    private Optional<LocalDateTime> deadline(String deadline) {
        if (deadline == null || deadline.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(deadline).atZoneSameInstant(zone).toLocalDateTime());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(deadline));
            } catch (DateTimeException e) {
                throw new MalformedEventException("an error-case event with an unreadable deadline: " + deadline, e);
            }
        }
    }
}
