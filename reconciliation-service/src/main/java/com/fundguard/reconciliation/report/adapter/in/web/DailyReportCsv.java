package com.fundguard.reconciliation.report.adapter.in.web;

import static com.fundguard.reconciliation.report.adapter.in.web.ReportCsv.text;

import com.fundguard.reconciliation.close.domain.Amounts;
import com.fundguard.reconciliation.close.domain.LineStatus;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport;
import com.fundguard.reconciliation.report.application.DailyReconciliationReport.Entry;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The daily report as one CSV table ({@link ReportCsv}). One header; the {@code record} column says what a row is:
 * STATE, OPENING, ENTRY (one per line), CLOSING, TOTAL_CREDITS, TOTAL_DEBITS, LINES_&lt;standing&gt; (a count in
 * {@code amount}), BLOCKER.
 */
final class DailyReportCsv {

    static final String[] HEADER = {"record", "account", "day", "line", "statement", "booking_date", "value_date", "direction",
            "amount", "currency", "counterparty_name", "counterparty_account", "reference", "standing"};

    private DailyReportCsv() {
    }

    static void write(DailyReconciliationReport report, OutputStream out) {
        String currency = report.currency().map(Currency::getCurrencyCode).orElse("");
        ReportCsv.write(out, csv -> {
            csv.writeRecord(HEADER);
            csv.writeRecord(row(report, "STATE", "", currency, report.state() + (report.closable() ? "" : " (not closable)")));
            csv.writeRecord(row(report, "OPENING", report.openingBalance().map(b -> amount(b, report)).orElse(""), currency, ""));
            for (Entry e : report.entries()) {
                csv.writeRecord("ENTRY", text(report.account()), report.day().toString(), Integer.toString(e.lineNumber()),
                        text(e.statementReference()), e.bookingDate().toString(), e.valueDate().toString(), e.direction().name(),
                        Amounts.format(e.amount(), e.currency()), e.currency().getCurrencyCode(), text(e.counterpartyName()),
                        text(e.counterpartyAccount()), text(e.reference()), DailyReconciliationReport.standing(e.standing()));
            }
            csv.writeRecord(row(report, "CLOSING", report.closingBalance().map(b -> amount(b, report)).orElse(""), currency, ""));
            csv.writeRecord(row(report, "TOTAL_CREDITS", amount(report.totalCredits(), report), currency, ""));
            csv.writeRecord(row(report, "TOTAL_DEBITS", amount(report.totalDebits(), report), currency, ""));
            for (LineStatus.Kind kind : LineStatus.Kind.values()) {
                csv.writeRecord(row(report, "LINES_" + kind.name(), Integer.toString(report.linesByStanding().get(kind)), "", ""));
            }
            for (String blocker : report.blockers()) {
                csv.writeRecord(row(report, "BLOCKER", "", "", text(blocker)));
            }
        });
    }

    private static String[] row(DailyReconciliationReport report, String record, String amount, String currency, String standing) {
        return new String[] {record, text(report.account()), report.day().toString(), "", "", "", "", "", amount, currency, "", "", "",
                standing};
    }

    private static String amount(BigDecimal amount, DailyReconciliationReport report) {
        return report.currency().map(c -> Amounts.format(amount, c)).orElse(amount.toPlainString());
    }
}
