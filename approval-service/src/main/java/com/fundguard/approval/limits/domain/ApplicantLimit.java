package com.fundguard.approval.limits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An applicant's limits (申请端管理), set by an auditor: how many transfers and how much a day, and how much in one
 * transfer, in one currency. What happens beyond them is part of the limit: the request is blocked, or needs an
 * extra authorization.
 */
public record ApplicantLimit(UUID enterpriseId, UUID applicantId, Currency currency, Optional<Long> maxCountPerDay,
                             Optional<BigDecimal> maxAmountPerDay, Optional<BigDecimal> maxAmountPerTransfer,
                             WhenExceeded whenExceeded, UUID setBy, Instant setAt) {

    public enum WhenExceeded {
        /** Submission is refused with the reasons. */
        BLOCK,
        /** The request gets an extra authorization step (an authorizer overrides the limit). */
        EXTRA_AUTHORIZATION
    }

    public ApplicantLimit {
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(applicantId);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(maxCountPerDay);
        Objects.requireNonNull(maxAmountPerDay);
        Objects.requireNonNull(maxAmountPerTransfer);
        Objects.requireNonNull(whenExceeded);
        Objects.requireNonNull(setBy);
        Objects.requireNonNull(setAt);
        maxCountPerDay.filter(n -> n < 0).ifPresent(n -> {
            throw new IllegalArgumentException("a count limit is not negative");
        });
        for (Optional<BigDecimal> amount : List.of(maxAmountPerDay, maxAmountPerTransfer)) {
            amount.filter(a -> a.signum() < 0 || a.stripTrailingZeros().scale() > currency.getDefaultFractionDigits())
                    .ifPresent(a -> {
                        throw new IllegalArgumentException("an amount limit is not negative and has at most "
                                + currency.getDefaultFractionDigits() + " decimals");
                    });
        }
        int digits = currency.getDefaultFractionDigits();
        maxAmountPerDay = maxAmountPerDay.map(a -> a.setScale(digits));
        maxAmountPerTransfer = maxAmountPerTransfer.map(a -> a.setScale(digits));
        if (setBy.equals(applicantId)) {
            throw new IllegalArgumentException("an applicant cannot set their own limits");
        }
    }

    /** What this request would exceed, given the applicant's day so far; empty when within the limits. */
    public List<String> exceededBy(long countToday, BigDecimal amountToday, BigDecimal amount, Currency amountCurrency) {
        List<String> exceeded = new ArrayList<>();
        if (!amountCurrency.equals(currency) && (maxAmountPerDay.isPresent() || maxAmountPerTransfer.isPresent())) {
            exceeded.add("the applicant's amount limits are in " + currency.getCurrencyCode() + ", not " + amountCurrency.getCurrencyCode());
            return exceeded;
        }
        maxCountPerDay.filter(max -> countToday + 1 > max).ifPresent(max ->
                exceeded.add("more than " + max + " transfers today for this applicant"));
        maxAmountPerDay.filter(max -> amountToday.add(amount).compareTo(max) > 0).ifPresent(max ->
                exceeded.add("more than " + max.toPlainString() + " " + currency.getCurrencyCode() + " today for this applicant"));
        maxAmountPerTransfer.filter(max -> amount.compareTo(max) > 0).ifPresent(max ->
                exceeded.add("more than " + max.toPlainString() + " " + currency.getCurrencyCode() + " in one transfer for this applicant"));
        return exceeded;
    }
}
