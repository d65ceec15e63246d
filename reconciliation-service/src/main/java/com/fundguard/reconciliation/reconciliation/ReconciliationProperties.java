package com.fundguard.reconciliation.reconciliation;

import com.fundguard.reconciliation.matching.domain.MatchingPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reconciliation runs ({@code fundguard.reconciliation}).
 *
 * @param every            how often the sweep looks for unexamined lines and missing debits
 * @param missingDebitAfter an executed transfer with no statement line this long after its execution is a case
 * @param bankZone         the banks' calendar: an execution instant becomes the booking date a statement would show
 * @param dateWindowDays   the second pass's booking-date window around the execution date
 * @param maxGroupSize     the largest batch (lines or transfers) a group match may combine
 * @param tolerances       per ISO 4217 code: the bank charge a line may carry beyond its transfer, and the rounding allowed
 */
@ConfigurationProperties("fundguard.reconciliation")
public record ReconciliationProperties(@DefaultValue("15s") Duration every, @DefaultValue("2d") Duration missingDebitAfter,
                                       @DefaultValue("Asia/Shanghai") ZoneId bankZone, @DefaultValue("3") int dateWindowDays,
                                       @DefaultValue("10") int maxGroupSize, @DefaultValue Map<String, Tolerance> tolerances) {

    public record Tolerance(@DefaultValue("0") BigDecimal fee, @DefaultValue("0") BigDecimal rounding) {
    }

    public MatchingPolicy matchingPolicy() {
        return new MatchingPolicy(dateWindowDays, tolerances.entrySet().stream().collect(Collectors.toMap(
                e -> Currency.getInstance(e.getKey()), e -> new MatchingPolicy.Tolerance(e.getValue().fee(), e.getValue().rounding()))),
                maxGroupSize);
    }
}
