package com.fundguard.reconciliation.report.adapter.in.web;

import static com.fundguard.reconciliation.report.adapter.in.web.ReportPdf.cut;

import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.close.domain.Direction;
import com.fundguard.reconciliation.close.domain.LineStatus;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport.Entry;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The daily report as a PDF (A4 landscape, {@link ReportPdf}): balances, every entry with its standing, totals, blockers. */
final class DailyReportPdf {

    private static final float[] COLUMNS = {0, 28, 110, 170, 230, 262, 352, 532, 662};

    private DailyReportPdf() {
    }

    static void write(DailyReconciliationReport report, OutputStream out) {
        ReportPdf.write(out, report.account() + " " + report.day(), pdf -> {
            String currency = report.currency().map(c -> c.getCurrencyCode()).orElse("");
            pdf.title("Daily reconciliation report 每日对账报告");
            pdf.line("Account 账户: " + report.account() + "    Day 日期: " + report.day() + "    Currency 币种: " + currency);
            pdf.line("State 状态: " + report.state() + (report.closable() ? "" : " (not closable 不可关账)")
                    + report.closedAt().map(at -> "    closed at " + at + " by " + report.closedBy().orElseThrow()).orElse(""));
            pdf.line("Opening balance 期初余额: " + report.openingBalance().map(b -> amount(b, report)).orElse("not known"));
            pdf.gap(4);
            pdf.header(COLUMNS, "#", "Statement", "Booking", "Value", "D/C", "Amount", "Counterparty 对方户名", "Reference", "Standing 状态");
            for (Entry e : report.entries()) {
                pdf.row(COLUMNS, Integer.toString(e.lineNumber()), cut(e.statementReference(), 14), e.bookingDate().toString(),
                        e.valueDate().toString(), e.direction() == Direction.CREDIT ? "C" : "D", Amounts.format(e.amount(), e.currency()),
                        cut(e.counterpartyName(), 32), cut(e.reference(), 24), DailyReconciliationReport.standing(e.standing()));
            }
            pdf.endTable();
            if (report.entries().isEmpty()) {
                pdf.line("No entries booked on this day. 当日无交易。");
            }
            pdf.gap(4);
            pdf.line("Closing balance 期末余额: " + report.closingBalance().map(b -> amount(b, report)).orElse("no statement states one"));
            pdf.line("Total credits 贷方合计: " + amount(report.totalCredits(), report) + "    Total debits 借方合计: "
                    + amount(report.totalDebits(), report) + "    Lines 笔数: " + report.entries().size());
            List<String> counts = new ArrayList<>();
            for (LineStatus.Kind kind : LineStatus.Kind.values()) {
                counts.add(kind + " " + report.linesByStanding().get(kind));
            }
            pdf.line("Lines by standing: " + String.join(", ", counts));
            for (String blocker : report.blockers()) {
                pdf.line("Blocks the close 未能关账: " + blocker);
            }
        });
    }

    private static String amount(BigDecimal amount, DailyReconciliationReport report) {
        return report.currency().map(c -> Amounts.format(amount, c)).orElse(amount.toPlainString());
    }
}
