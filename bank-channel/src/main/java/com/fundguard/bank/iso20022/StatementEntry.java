package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * One booked line of a bank statement (camt.053 {@code Ntry}): the money, its direction, the booking date and the
 * references reconciliation matches on (the bank's reference, and the end-to-end ids of the transactions inside).
 */
public record StatementEntry(BigDecimal amount, Currency currency, boolean credit, String status, LocalDate bookingDate,
                            String bankReference, List<String> endToEndIds) {

    public StatementEntry {
        endToEndIds = List.copyOf(endToEndIds);
    }
}
