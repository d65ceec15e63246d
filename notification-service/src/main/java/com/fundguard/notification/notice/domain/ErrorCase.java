package com.fundguard.notification.notice.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service keeps of an error case (差错) to tell people about it: the facts a text names. The account is kept
 * masked only (all but its last four characters), as the payee accounts of transfers are: no text, row or log here
 * carries a full account number. A resolution names none of these facts, so they are kept from the opening.
 *
 * @param type     the case's type as reconciliation-service names it ({@link ErrorCaseType}, or one added since)
 * @param amount   decimal string as the event carries it
 * @param deadline when the case is to be resolved, on the clock of the zone texts show times in
 */
public record ErrorCase(UUID enterpriseId, UUID caseId, String type, Optional<String> maskedAccount,
                        Optional<String> amount, Optional<String> currency, Optional<LocalDate> transactionDate,
                        Optional<LocalDateTime> deadline) {

    public ErrorCase {
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(type, "an error case names its type");
        maskedAccount = maskedAccount.map(ErrorCase::mask);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(transactionDate);
        Objects.requireNonNull(deadline);
    }

    /** Only the case and its type known (a resolution of a case this service never heard opened). */
    public static ErrorCase named(UUID enterpriseId, UUID caseId, String type) {
        return new ErrorCase(enterpriseId, caseId, type, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** All but the last four characters hidden, as approval-service masks payee accounts; masking twice changes nothing. */
    public static String mask(String account) {
        int visible = Math.min(4, account.length());
        return "*".repeat(account.length() - visible) + account.substring(account.length() - visible);
    }

    /** What a later event says wins; what it leaves out is taken from what was kept. */
    public ErrorCase completedBy(ErrorCase kept) {
        if (!kept.caseId.equals(caseId) || !kept.enterpriseId.equals(enterpriseId)) {
            throw new IllegalArgumentException("case " + kept.caseId + " is not case " + caseId);
        }
        return new ErrorCase(enterpriseId, caseId, type, maskedAccount.or(kept::maskedAccount), amount.or(kept::amount),
                currency.or(kept::currency), transactionDate.or(kept::transactionDate), deadline.or(kept::deadline));
    }

    public Optional<ErrorCaseType> knownType() {
        return ErrorCaseType.of(type);
    }
}
