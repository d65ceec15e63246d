package com.fundguard.reconciliation.report.adapter.in.web;

import static com.fundguard.reconciliation.report.adapter.in.web.ReportPdf.cut;

import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.discrepancy.domain.DiscrepancyType;
import com.fundguard.reconciliation.report.domain.AgeBucket;
import com.fundguard.reconciliation.report.domain.OpenCase;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge.AgedCase;
import com.fundguard.reconciliation.report.domain.OpenCasesByAge.Count;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Open cases by age as a PDF ({@link ReportPdf}): a table of types by age bucket (each cell "cases / overdue"), then
 * every case, oldest first. The account is shown in full (see {@link OpenCasesCsv}).
 */
final class OpenCasesPdf {

    // Column offsets in points (A4 landscape leaves 770 between the margins; Helvetica 8.5 pt): the longest type name
    // takes about 156, a date and time 67, RESOLUTION_PROPOSED 105, the bold "Bucket" 29.
    private static final float[] COUNTS = {0, 170, 250, 330, 410, 490};
    private static final float[] CASES = {0, 24, 56, 216, 316, 381, 406, 478, 595, 660};
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private OpenCasesPdf() {
    }

    static void write(OpenCasesByAge report, OutputStream out) {
        ReportPdf.write(out, "Open error cases " + report.today(), pdf -> {
            pdf.title("Open error cases by age 未结差错账龄");
            pdf.line("As of 截至: " + time(report.asOf(), report) + " (" + report.zone() + ")    Ages in business days of the "
                    + "enterprise's calendar 按营业日计    Open cases 未结: " + report.total().cases() + "    Overdue 逾期: "
                    + report.total().overdue());
            pdf.gap(4);
            List<String> header = new ArrayList<>(List.of("Type 类型"));
            for (AgeBucket bucket : AgeBucket.values()) {
                header.add(bucket.label() + " days");
            }
            header.add("Total 合计");
            pdf.heading("Cases / overdue 笔数 / 逾期");
            pdf.header(COUNTS, header.toArray(String[]::new));
            for (DiscrepancyType type : report.types()) {
                List<String> row = new ArrayList<>(List.of(type.name()));
                for (AgeBucket bucket : AgeBucket.values()) {
                    row.add(cell(report.of(type, bucket)));
                }
                row.add(cell(report.ofType(type)));
                pdf.row(COUNTS, row.toArray(String[]::new));
            }
            List<String> all = new ArrayList<>(List.of("All types 全部"));
            for (AgeBucket bucket : AgeBucket.values()) {
                all.add(cell(report.ofAge(bucket)));
            }
            all.add(cell(report.total()));
            pdf.row(COUNTS, all.toArray(String[]::new));
            pdf.endTable();
            pdf.gap(8);
            if (report.cases().isEmpty()) {
                pdf.line("No open cases. 无未结差错。");
                return;
            }
            pdf.heading("Cases, oldest first 明细（按账龄）");
            pdf.header(CASES, "Age", "Bucket", "Type 类型", "Account 账户", "Amount 金额", "Ccy", "Opened 发起", "Deadline 时限", "Owner 经办",
                    "State 状态");
            for (AgedCase aged : report.cases()) {
                OpenCase c = aged.openCase();
                pdf.row(CASES, Integer.toString(aged.ageBusinessDays()), aged.bucket().label(), c.type().name(), cut(c.account(), 20),
                        Amounts.format(c.amount(), c.currency()), c.currency().getCurrencyCode(), time(c.openedAt(), report),
                        time(c.deadline(), report) + (aged.overdue() ? " OVERDUE" : ""), c.owner().map(o -> cut(o.toString(), 13)).orElse("-"),
                        c.state().name());
            }
            pdf.endTable();
        });
    }

    private static String cell(Count count) {
        return count.cases() + " / " + count.overdue();
    }

    private static String time(Instant instant, OpenCasesByAge report) {
        return MINUTE.format(instant.atZone(report.zone()));
    }
}
