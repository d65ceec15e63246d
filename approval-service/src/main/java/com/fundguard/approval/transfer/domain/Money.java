package com.fundguard.approval.transfer.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency. Never floating point; never more decimals than the currency has (a CNY
 * amount of 10.001 is refused, not rounded: rounding someone's payment is not ours to do).
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " is not a currency of payments");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("more than " + digits + " decimals for " + currency.getCurrencyCode());
        }
        amount = amount.setScale(digits);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
