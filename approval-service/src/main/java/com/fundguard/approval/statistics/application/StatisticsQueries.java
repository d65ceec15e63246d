package com.fundguard.approval.statistics.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Read-only figures over an enterprise's transfer requests for the owner's analysis (分析模块). */
public interface StatisticsQueries {

    enum Grouping { DAY, WEEK, MONTH, PAYEE, PAYER_ACCOUNT }

    /** Count and total of one group in one currency; requests cancelled by their applicant are left out. */
    record Total(String group, String currency, long count, BigDecimal amount) {
    }

    /** How long a step waits for its decisions, from the moment it begins to the decision that completes it. */
    record StepLeadTime(String step, long completed, double p50Seconds, double p90Seconds) {
    }

    record Rejections(long decided, long rejected) {
        public double rate() {
            return decided == 0 ? 0 : (double) rejected / decided;
        }
    }

    List<Total> totals(UUID enterpriseId, Instant from, Instant to, Grouping grouping, ZoneId zone);

    List<StepLeadTime> leadTimes(UUID enterpriseId, Instant from, Instant to);

    Rejections rejections(UUID enterpriseId, Instant from, Instant to);
}
