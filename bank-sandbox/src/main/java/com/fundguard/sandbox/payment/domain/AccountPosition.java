package com.fundguard.sandbox.payment.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** An account of this bank as a booking sees it, read under lock: what it holds and whether it may move. */
public record AccountPosition(String accountNumber, Currency currency, BigDecimal balance, boolean frozen) {
}
