package com.fundguard.reconciliation.matching.domain;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A booked statement line as the matcher sees it (a row of {@code statement_line}). Only a debit that is not a
 * reversal can be the booking of a transfer; a credit or a reversal carrying a transfer's reference is money that came
 * back.
 *
 * @param account             the statement's account (IBAN or the bank's account number), compared without spaces
 *                            and case
 * @param transactionTypeCode the bank's code as read (MT940 {@code NTRF}/{@code NCHG}, camt BkTxCd, BAI2 type code);
 *                            bank charges are told by it ({@link BankChargeCodes})
 * @param endToEndReference   the payer's end-to-end id where the bank gave it back
 * @param bankReference       the bank's own reference for the booking
 * @param counterpartyAccount the other side's account where the bank gave it (the payee, for a debit)
 */
public record BankLine(UUID id, String account, Currency currency, CreditDebit direction, BigDecimal amount,
                       LocalDate bookingDate, boolean reversal, String transactionTypeCode,
                       Optional<String> endToEndReference, Optional<String> bankReference,
                       Optional<String> counterpartyAccount) {

    public BankLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(transactionTypeCode, "transactionTypeCode");
        Objects.requireNonNull(endToEndReference, "endToEndReference");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(counterpartyAccount, "counterpartyAccount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("line " + id + ": an amount is never negative (the direction says which"
                    + " way), got " + amount);
        }
    }

    /** A debit booked as such, not undone: the only kind of line that can be a transfer's booking. */
    public boolean isPlainDebit() {
        return direction == CreditDebit.DEBIT && !reversal;
    }
}
