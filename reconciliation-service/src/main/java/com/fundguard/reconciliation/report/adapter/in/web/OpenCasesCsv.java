package com.fundguard.reconciliation.report.adapter.in.web;

import static com.fundguard.reconciliation.report.adapter.in.web.ReportCsv.text;

import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.report.domain.AgeBucket;
import com.fundguard.reconciliation.report.domain.OpenCase;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge.AgedCase;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge.Count;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Open cases by age as one CSV table ({@link ReportCsv}). The {@code record} column says what a row is: CASE (one per
 * case, oldest first: its bucket, 1 in {@code cases}, 1 or 0 in {@code overdue}, and its facts) or COUNT (cases and
 * overdue ones of a type, or ALL types, in a bucket, or ALL buckets). Times are local to the enterprise's calendar
 * zone, with their offset. The account is written in full: the report goes to the enterprise's own auditors and
 * authorizers, who work the cases with the full account in the case API too.
 */
final class OpenCasesCsv {

    static final String[] HEADER = {"record", "type", "age_bucket", "cases", "overdue", "case_id", "state", "account", "amount", "currency",
            "transaction_date", "opened_at", "deadline", "age_business_days", "owner"};
    static final String ALL = "ALL";
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

    private OpenCasesCsv() {
    }

    static void write(OpenCasesByAge report, OutputStream out) {
        ReportCsv.write(out, csv -> {
            csv.writeRecord(HEADER);
            for (AgedCase aged : report.cases()) {
                OpenCase c = aged.openCase();
                csv.writeRecord("CASE", c.type().name(), aged.bucket().label(), "1", aged.overdue() ? "1" : "0", c.id().toString(),
                        c.state().name(), text(c.account()), Amounts.format(c.amount(), c.currency()), c.currency().getCurrencyCode(),
                        c.transactionDate().toString(), local(c.openedAt(), report.zone()), local(c.deadline(), report.zone()),
                        Integer.toString(aged.ageBusinessDays()), c.owner().map(UUID::toString).orElse(""));
            }
            for (DiscrepancyType type : report.types()) {
                for (AgeBucket bucket : AgeBucket.values()) {
                    count(csv, type.name(), bucket.label(), report.of(type, bucket));
                }
                count(csv, type.name(), ALL, report.ofType(type));
            }
            for (AgeBucket bucket : AgeBucket.values()) {
                count(csv, ALL, bucket.label(), report.ofAge(bucket));
            }
            count(csv, ALL, ALL, report.total());
        });
    }

    private static void count(CsvWriter csv, String type, String bucket, Count count) {
        csv.writeRecord("COUNT", type, bucket, Integer.toString(count.cases()), Integer.toString(count.overdue()), "", "", "", "", "", "", "",
                "", "", "");
    }

    static String local(Instant instant, ZoneId zone) {
        return LOCAL_MINUTE.format(instant.atZone(zone));
    }
}
