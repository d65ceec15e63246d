package com.fundguard.approval.transfer.application;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** Above which amount an enterprise's decisions need a content-bound second factor, per currency. */
public interface ConfirmationThresholds {

    Optional<BigDecimal> threshold(UUID enterpriseId, Currency currency);

    void set(UUID enterpriseId, Currency currency, BigDecimal threshold, UUID setBy);
}
