package com.fundguard.reconciliation.statement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a bank statement: a movement the bank booked. References and counterparty are what the bank gave,
 * absent where it gave none; {@code information} is the bank's free text kept as written (MT940 :86:, camt
 * AddtlNtryInf), so a later matching pass can look at it without the reader having guessed.
 *
 * @param reversal the bank booked this as the reversal of an earlier entry (MT940 RC/RD); {@code creditDebit}
 *                 already says which way the reversal moved the money
 */
public record StatementEntry(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, Currency currency,
                             CreditDebit creditDebit, boolean reversal, String transactionTypeCode,
                             Optional<String> bankReference, Optional<String> customerReference,
                             Optional<String> endToEndReference, Optional<String> counterpartyAccount,
                             Optional<String> counterpartyName, Optional<String> supplementaryDetails,
                             String information) {

    public StatementEntry {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(creditDebit, "creditDebit");
        Objects.requireNonNull(transactionTypeCode, "transactionTypeCode");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(endToEndReference, "endToEndReference");
        Objects.requireNonNull(counterpartyAccount, "counterpartyAccount");
        Objects.requireNonNull(counterpartyName, "counterpartyName");
        Objects.requireNonNull(supplementaryDetails, "supplementaryDetails");
        Objects.requireNonNull(information, "information");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an entry amount is never negative (the credit/debit mark says which way): "
                    + amount);
        }
    }

    /** What this entry does to the balance: the amount, negative for a debit. */
    public BigDecimal signedAmount() {
        return creditDebit.signed(amount);
    }
}
