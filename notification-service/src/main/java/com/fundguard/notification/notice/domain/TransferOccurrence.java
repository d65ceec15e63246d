package com.fundguard.notification.notice.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One applied transfer or execution event as a whole, for those who hear of every event rather than of the people it
 * concerns (the enterprise's webhooks).
 *
 * @param reference the transfer's reference as the event names it (execution events name it too)
 * @param nextState the transfer's state after an approval step, as audited and step-approved events name it
 * @param reason    a rejection's reason, a failure's reason code or why the outcome is unknown
 */
public record TransferOccurrence(NoticeKind kind, String eventId, Instant occurredAt, UUID enterpriseId, UUID transferId,
                                 Optional<String> reference, Optional<String> nextState, Optional<String> reason) {

    public TransferOccurrence {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
    }
}
