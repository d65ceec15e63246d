package com.fundguard.notification.notice.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing that happened to one transfer, with what its texts need. Only the masked payee account travels in
 * events, so no notice can carry a full account number.
 *
 * @param causedBy the id of the platform event; one event gives a person at most one notice
 * @param reason   a rejection's reason, a failure's reason code or why the outcome is unknown; empty otherwise
 * @param waited   how long the step followed up has waited (reminders and escalations only)
 */
public record Notice(NoticeKind kind, String causedBy, UUID enterpriseId, UUID transferId, String reference,
                     Optional<String> amount, Optional<String> currency, Optional<String> payeeName,
                     Optional<String> maskedPayeeAccount, Optional<String> reason, Optional<Duration> waited) {

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(causedBy);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(waited);
    }

    /** A notice of an event: nothing has waited. */
    public Notice(NoticeKind kind, String causedBy, UUID enterpriseId, UUID transferId, String reference,
                  Optional<String> amount, Optional<String> currency, Optional<String> payeeName,
                  Optional<String> maskedPayeeAccount, Optional<String> reason) {
        this(kind, causedBy, enterpriseId, transferId, reference, amount, currency, payeeName, maskedPayeeAccount, reason,
                Optional.empty());
    }

    public static Notice of(NoticeKind kind, String causedBy, NoticedTransfer transfer, Optional<String> reason) {
        return new Notice(kind, causedBy, transfer.enterpriseId(), transfer.transferId(), transfer.reference(),
                Optional.ofNullable(transfer.amount()), Optional.ofNullable(transfer.currency()),
                Optional.ofNullable(transfer.payeeName()), Optional.ofNullable(transfer.maskedPayeeAccount()), reason);
    }

    /**
     * A reminder or escalation about the step of {@code transfer} that has waited {@code waited} (wall-clock time, as
     * a person counts it; the policy counts business time). {@code causedBy} names the follow-up: it is told once.
     */
    public static Notice followUp(NoticeKind kind, String causedBy, NoticedTransfer transfer, Duration waited) {
        if (!kind.followsUpAWaitingApproval()) {
            throw new IllegalArgumentException(kind + " is not a follow-up of a waiting approval");
        }
        return new Notice(kind, causedBy, transfer.enterpriseId(), transfer.transferId(), transfer.reference(),
                Optional.ofNullable(transfer.amount()), Optional.ofNullable(transfer.currency()),
                Optional.ofNullable(transfer.payeeName()), Optional.ofNullable(transfer.maskedPayeeAccount()),
                Optional.empty(), Optional.of(waited));
    }

    public boolean moneyAtRisk() {
        return kind.moneyAtRisk();
    }
}
