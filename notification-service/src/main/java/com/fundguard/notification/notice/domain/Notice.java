package com.fundguard.notification.notice.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing that happened to one transfer, with what its texts need. Only the masked payee account travels in
 * events, so no notice can carry a full account number.
 *
 * @param causedBy the id of the platform event; one event gives a person at most one notice
 * @param reason   a rejection's reason, a failure's reason code or why the outcome is unknown; empty otherwise
 */
public record Notice(NoticeKind kind, String causedBy, UUID enterpriseId, UUID transferId, String reference,
                     Optional<String> amount, Optional<String> currency, Optional<String> payeeName,
                     Optional<String> maskedPayeeAccount, Optional<String> reason) {

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(causedBy);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(reference);
    }

    public static Notice of(NoticeKind kind, String causedBy, NoticedTransfer transfer, Optional<String> reason) {
        return new Notice(kind, causedBy, transfer.enterpriseId(), transfer.transferId(), transfer.reference(),
                Optional.ofNullable(transfer.amount()), Optional.ofNullable(transfer.currency()),
                Optional.ofNullable(transfer.payeeName()), Optional.ofNullable(transfer.maskedPayeeAccount()), reason);
    }

    public boolean moneyAtRisk() {
        return kind.moneyAtRisk();
    }
}
