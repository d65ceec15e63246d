package com.fundguard.reconciliation.report.domain;

import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.matching.domain.MatchPass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one account's statement lines (in one currency) booked in a period, and of the transfers executed
 * from it in that period. Each line is counted once, by the first of: matched (by the match's pass), in a case (by the
 * type of the first case opened on it), set aside (by its examined outcome), not yet examined; {@code unaccounted}
 * holds an examined line none of those explains (none should be; it is shown so that the figures always add up).
 *
 * @param transfersExpected       EXECUTED and OUTCOME_UNKNOWN transfers of the account executed (reported) in the period:
 *                                the debits the statement should show
 * @param transfersOutcomeUnknown of those, the ones whose outcome is still unknown to bank-connector
 * @param transfersMatched        of those, the ones a match holds
 */
public record AccountMatchRates(String account, Currency currency, long lines, Map<MatchPass, Long> matchedByPass,
                                Map<DiscrepancyType, Long> inCasesByType, Map<SetAside, Long> setAside, long notYetExamined,
                                long unaccounted, long transfersExpected, long transfersOutcomeUnknown, long transfersMatched) {

    public AccountMatchRates {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        matchedByPass = complete(MatchPass.class, matchedByPass);
        inCasesByType = complete(DiscrepancyType.class, inCasesByType);
        setAside = complete(SetAside.class, setAside);
        long counted = sum(matchedByPass) + sum(inCasesByType) + sum(setAside) + notYetExamined + unaccounted;
        if (counted != lines) {
            throw new IllegalArgumentException("the lines of " + account + " (" + lines + ") are not the sum of their standings (" + counted + ")");
        }
        if (transfersMatched > transfersExpected || transfersOutcomeUnknown > transfersExpected) {
            throw new IllegalArgumentException("matched or unknown transfers of " + account + " exceed the transfers expected");
        }
    }

    public long matched() {
        return sum(matchedByPass);
    }

    public long inCases() {
        return sum(inCasesByType);
    }

    public long setAsideTotal() {
        return sum(setAside);
    }

    /**
     * Matched lines of the lines that could be matched: money received that no transfer concerns and bookings reported
     * twice are not counted; lines in cases and lines not yet examined are. Percent, two decimals; none without such lines.
     */
    public Optional<BigDecimal> autoMatchRatePercent() {
        return percent(matched(), lines - setAside.get(SetAside.UNRELATED) - setAside.get(SetAside.REPEATED));
    }

    /** Matched transfers of the transfers expected, percent with two decimals; none when none was expected. */
    public Optional<BigDecimal> transferMatchRatePercent() {
        return percent(transfersMatched, transfersExpected);
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Class<K> keys, Map<K, Long> counts) {
        Map<K, Long> all = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            long n = counts.getOrDefault(key, 0L);
            if (n < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + key + " " + n);
            }
            all.put(key, n);
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
