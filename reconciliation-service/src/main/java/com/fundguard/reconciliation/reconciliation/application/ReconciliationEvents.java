package com.fundguard.reconciliation.reconciliation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Facts reconciliation publishes about transfers (outbox, in the run's transaction). */
public interface ReconciliationEvents {

    /** The statement shows the transfer booked; {@code bankReference} is the booking's (or the line's id when the bank gave none). */
    void settled(AccountKey account, Settlement settlement);

    /** The money came back: a credit or reversal names an executed transfer. */
    void returned(AccountKey account, UUID transferId, String endToEndId, UUID caseId, List<UUID> statementLineIds, BigDecimal amount,
                  LocalDate bookingDate);

    record Settlement(UUID transferId, String endToEndId, String bankReference, List<UUID> statementLineIds, BigDecimal amount,
                      LocalDate bookingDate, String pass, String rule, boolean resolvedUnknownOutcome) {
    }
}
