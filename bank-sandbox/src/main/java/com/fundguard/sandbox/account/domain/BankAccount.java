package com.fundguard.sandbox.account.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An account held at the sandbox bank. The bank is not a FundGuard tenant: its customers are known by account
 * number, as at a real bank. A frozen account (a court order, a dispute) takes no payment orders.
 */
public record BankAccount(String accountNumber, String ownerName, Currency currency, BigDecimal balance, Instant openedAt,
                          boolean frozen) {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Z0-9]{6,34}");

    public BankAccount {
        if (accountNumber == null || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            throw new InvalidAccountException("accountNumber", "must be 6 to 34 upper-case letters or digits");
        }
        if (ownerName == null || ownerName.isBlank() || ownerName.length() > 140) {
            throw new InvalidAccountException("ownerName", "must be 1 to 140 characters");
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(openedAt, "openedAt");
        if (balance.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidAccountException("openingBalance", "has more decimals than " + currency.getCurrencyCode() + " allows");
        }
        if (balance.signum() < 0) {
            throw new InvalidAccountException("openingBalance", "must not be negative");
        }
        balance = balance.setScale(currency.getDefaultFractionDigits());
    }

    public static BankAccount open(String accountNumber, String ownerName, Currency currency, BigDecimal openingBalance,
                                   Instant at) {
        return new BankAccount(accountNumber, ownerName, currency, openingBalance, at, false);
    }

    /** Opening the same account again with the same owner and currency is the same opening. */
    public boolean sameOpeningAs(String otherOwner, Currency otherCurrency) {
        return ownerName.equals(otherOwner) && currency.equals(otherCurrency);
    }
}
