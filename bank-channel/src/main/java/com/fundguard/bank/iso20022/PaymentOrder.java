package com.fundguard.bank.iso20022;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One credit transfer as the bank receives it: the enterprise's payer account, the payee, the amount, the date, and
 * the transfer's end-to-end id, which the bank echoes in every status report and statement line (the key that makes
 * a resend recognisable and an unknown outcome resolvable).
 */
public record PaymentOrder(String endToEndId, String debtorName, String debtorAccount, String debtorBank, String creditorName,
                           String creditorAccount, String creditorBank, BigDecimal amount, Currency currency,
                           LocalDate requestedExecutionDate, String remittanceInformation) {

    public PaymentOrder {
        Objects.requireNonNull(endToEndId);
        Objects.requireNonNull(debtorName);
        Objects.requireNonNull(debtorAccount);
        Objects.requireNonNull(debtorBank);
        Objects.requireNonNull(creditorName);
        Objects.requireNonNull(creditorAccount);
        Objects.requireNonNull(creditorBank);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(requestedExecutionDate);
        if (endToEndId.isBlank() || endToEndId.length() > 35) {
            throw new IllegalArgumentException("an end-to-end id has 1 to 35 characters");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("the amount must be positive with at most " + currency.getDefaultFractionDigits() + " decimals");
        }
    }
}
