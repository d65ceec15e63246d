package com.fundguard.reconciliation.report.adapter.in.web;

import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.report.domain.AgeBucket;
import com.fundguard.reconciliation.report.domain.OpenCase;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge.Count;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Open cases by age as JSON: counts by bucket, by type and bucket, and every case oldest first (amounts as decimal strings). */
record OpenCasesView(UUID enterpriseId, Instant asOf, String zone, LocalDate today, List<String> buckets, CountView total,
                     List<BucketView> byAge, List<TypeView> byType, List<CaseView> cases) {

    record CountView(int cases, int overdue) {
        static CountView of(Count count) {
            return new CountView(count.cases(), count.overdue());
        }
    }

    record BucketView(String bucket, int cases, int overdue) {
        static BucketView of(AgeBucket bucket, Count count) {
            return new BucketView(bucket.label(), count.cases(), count.overdue());
        }
    }

    record TypeView(String type, int cases, int overdue, List<BucketView> byAge) {
    }

    record CaseView(UUID id, String type, String state, String account, String amount, String currency, LocalDate transactionDate,
                    Instant openedAt, Instant deadline, int ageBusinessDays, String bucket, boolean overdue, UUID owner) {
    }

    static OpenCasesView of(OpenCasesByAge report) {
        List<AgeBucket> buckets = Arrays.asList(AgeBucket.values());
        return new OpenCasesView(report.enterpriseId(), report.asOf(), report.zone().getId(), report.today(),
                buckets.stream().map(AgeBucket::label).toList(), CountView.of(report.total()),
                buckets.stream().map(b -> BucketView.of(b, report.ofAge(b))).toList(),
                report.types().stream().map(type -> new TypeView(type.name(), report.ofType(type).cases(), report.ofType(type).overdue(),
                        buckets.stream().map(b -> BucketView.of(b, report.of(type, b))).toList())).toList(),
                report.cases().stream().map(aged -> {
                    OpenCase c = aged.openCase();
                    return new CaseView(c.id(), c.type().name(), c.state().name(), c.account(), Amounts.format(c.amount(), c.currency()),
                            c.currency().getCurrencyCode(), c.transactionDate(), c.openedAt(), c.deadline(), aged.ageBusinessDays(),
                            aged.bucket().label(), aged.overdue(), c.owner().orElse(null));
                }).toList());
    }
}
