package com.fundguard.reconciliation.close.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** How the close writes an amount for people: at least the currency's decimals, never fewer than the amount has. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(BigDecimal amount, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale())).toPlainString();
    }
}
