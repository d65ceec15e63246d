package com.fundguard.notification.notice.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The types of error case (差错) reconciliation-service opens, as its {@code discrepancy-*.v1} events name them. Read by
 * name: a type added there later is not known here ({@link #of} is empty) and is still told (NoticeRecipients).
 */
public enum ErrorCaseType {
    /** A bank debit no approved transfer explains: possibly a payment made around the platform. */
    BANK_DEBIT_WITHOUT_TRANSFER,
    /** An executed transfer the bank has not debited by the cut-off. */
    TRANSFER_WITHOUT_BANK_DEBIT,
    AMOUNT_MISMATCH,
    DUPLICATE_DEBIT,
    /** The money came back. */
    RETURNED_PAYMENT,
    FEE,
    /** A statement line settled a transfer whose bank outcome was unknown; opened and closed at once. */
    UNKNOWN_OUTCOME_RESOLVED;

    public static Optional<ErrorCaseType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.name().equals(code)).findFirst();
    }
}
