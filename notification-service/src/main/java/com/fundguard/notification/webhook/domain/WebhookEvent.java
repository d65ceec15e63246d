package com.fundguard.notification.webhook.domain;

import com.fundguard.notification.notice.domain.NoticeKind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an ERP is told of one platform event: the facts of the transfer as this service keeps them. The payee's
 * account is masked as the events carry it; no secret, no full account number, no person's id.
 *
 * @param state  the transfer's state after the event (SUBMITTED, PENDING_AUTHORIZATION, AUTHORIZED, EXECUTED, FAILED,
 *               SETTLED, RETURNED...)
 * @param amount decimal string as the events carry it, empty when this service never saw the submission
 * @param reason a rejection's reason, a failure's reason code or why the outcome is unknown
 */
public record WebhookEvent(String eventId, String eventType, Instant occurredAt, UUID enterpriseId, UUID transferId,
                           Optional<String> reference, Optional<String> amount, Optional<String> currency,
                           Optional<String> payeeName, Optional<String> maskedPayeeAccount, String state,
                           Optional<String> reason) {

    public WebhookEvent {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(state);
    }

    /**
     * The transfer's state after an event of this kind (DESIGN.md section 3's names). An approval step names the state
     * it moved to; a submission is SUBMITTED, whichever step then waits.
     */
    public static String stateAfter(NoticeKind kind, Optional<String> nextState) {
        return switch (kind) {
            case TRANSFER_SUBMITTED -> "SUBMITTED";
            case TRANSFER_AUDITED, TRANSFER_STEP_APPROVED -> nextState.orElse("PENDING_AUTHORIZATION");
            case TRANSFER_AUTHORIZED -> "AUTHORIZED";
            case TRANSFER_REJECTED -> "REJECTED";
            case TRANSFER_CANCELLED -> "CANCELLED";
            case TRANSFER_EXPIRED -> "EXPIRED";
            case EXECUTION_CLAIMED -> "EXECUTING";
            case EXECUTION_EXECUTED -> "EXECUTED";
            case EXECUTION_FAILED -> "FAILED";
            case EXECUTION_OUTCOME_UNKNOWN -> "OUTCOME_UNKNOWN";
            case RECONCILIATION_TRANSFER_SETTLED -> "SETTLED";
            case RECONCILIATION_TRANSFER_RETURNED -> "RETURNED";
            default -> throw new IllegalArgumentException(kind + " tells of no platform event");
        };
    }

    /**
     * The platform events an endpoint can subscribe to: the transfer, execution, settlement and return events this service consumes
     * (named one by one: this service's own follow-ups, reminders and escalations, are no platform events).
     */
    public static Set<String> subscribableTypes() {
        return EnumSet.of(NoticeKind.TRANSFER_SUBMITTED, NoticeKind.TRANSFER_AUDITED, NoticeKind.TRANSFER_STEP_APPROVED,
                        NoticeKind.TRANSFER_AUTHORIZED, NoticeKind.TRANSFER_REJECTED, NoticeKind.TRANSFER_CANCELLED,
                        NoticeKind.TRANSFER_EXPIRED, NoticeKind.EXECUTION_CLAIMED, NoticeKind.EXECUTION_EXECUTED,
                        NoticeKind.EXECUTION_FAILED, NoticeKind.EXECUTION_OUTCOME_UNKNOWN,
                        NoticeKind.RECONCILIATION_TRANSFER_SETTLED, NoticeKind.RECONCILIATION_TRANSFER_RETURNED).stream()
                .map(NoticeKind::eventType)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
