package com.fundguard.reconciliation.matching.domain;

import com.fundguard.reconciliation.statement.domain.CreditDebit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A transfer the platform handed to the bank, i.e. a debit it expects on the payer's statement (a row of
 * {@code expected_movement}).
 *
 * @param expectedDate  the execution date: the booking is looked for within the policy's date window around it
 * @param endToEndId    the end-to-end id the platform gave the payment (pain.001 EndToEndId)
 * @param bankReference the bank's reference for it, where bank-connector learnt one
 * @param payeeAccount  the beneficiary's account: the counterparty of the expected debit
 */
public record Expectation(UUID transferId, String payerAccount, Currency currency, BigDecimal amount,
                          LocalDate expectedDate, String endToEndId, Optional<String> bankReference,
                          String payeeAccount, ExpectationStatus status) {

    public Expectation {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(payerAccount, "payerAccount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expectedDate, "expectedDate");
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(payeeAccount, "payeeAccount");
        Objects.requireNonNull(status, "status");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("transfer " + transferId + ": an amount is never negative, got " + amount);
        }
    }

    /** A transfer always leaves the payer's account. */
    public CreditDebit direction() {
        return CreditDebit.DEBIT;
    }
}
