package com.fundguard.reconciliation.report.application;

import com.fundguard.reconciliation.close.application.DayReview;
import com.fundguard.reconciliation.close.domain.AccountBooks;
import com.fundguard.reconciliation.close.domain.BookedLine;
import com.fundguard.reconciliation.close.domain.CloseBlocker;
import com.fundguard.reconciliation.close.domain.CloseOutcome;
import com.fundguard.reconciliation.close.domain.ClosedDay;
import com.fundguard.reconciliation.close.domain.Direction;
import com.fundguard.reconciliation.close.domain.LineStatus;
import com.fundguard.reconciliation.close.domain.StatedBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The daily reconciliation report of one account and day: the opening balance, every entry with where it stands
 * (matched and by which pass, in an open case, unreconciled, or not known), the closing balance and the totals; for
 * a day still open, what blocks its close.
 *
 * @param currency       the books' currency, else the lines', where either is known
 * @param state          CLOSED or OPEN
 * @param closable       whether closing it now would succeed (always true for a closed day)
 * @param closingBalance the closed day's, else the one the bank's statements state for the day (where they agree)
 */
public record DailyReconciliationReport(String account, LocalDate day, Optional<Currency> currency, String state, boolean closable,
                                        Optional<BigDecimal> openingBalance, List<Entry> entries, Optional<BigDecimal> closingBalance,
                                        BigDecimal totalCredits, BigDecimal totalDebits, Map<LineStatus.Kind, Integer> linesByStanding,
                                        List<String> blockers, Optional<UUID> closedBy, Optional<Instant> closedAt) {

    public record Entry(int lineNumber, String statementReference, LocalDate bookingDate, LocalDate valueDate, Direction direction,
                        BigDecimal amount, Currency currency, String counterpartyName, String counterpartyAccount, String reference,
                        LineStatus standing) {
    }

    public static DailyReconciliationReport of(DayReview review) {
        List<Entry> entries = review.evidence().lines().stream().map(line -> entry(line, review.evidence().statusOf(line))).toList();
        Map<LineStatus.Kind, Integer> byStanding = new EnumMap<>(LineStatus.Kind.class);
        for (LineStatus.Kind kind : LineStatus.Kind.values()) {
            byStanding.put(kind, 0);
        }
        entries.forEach(e -> byStanding.merge(e.standing().kind(), 1, Integer::sum));
        Optional<Currency> currency = review.books().map(AccountBooks::currency)
                .or(() -> review.evidence().lines().stream().map(BookedLine::currency).findFirst());
        Optional<ClosedDay> closed = review.closed();
        List<StatedBalance> finals = review.evidence().finalClosingBalances();
        Optional<BigDecimal> closing = closed.map(ClosedDay::closingBalance)
                .or(() -> finals.stream().map(StatedBalance::signedAmount).distinct().count() == 1
                        ? Optional.of(finals.getFirst().signedAmount()) : Optional.empty());
        List<String> blockers = review.ifClosedNow() instanceof CloseOutcome.CloseRefused refused
                ? refused.blockers().stream().map(CloseBlocker::detail).toList() : List.of();
        return new DailyReconciliationReport(review.account(), review.day(), currency, closed.isPresent() ? "CLOSED" : "OPEN",
                blockers.isEmpty(), review.openingBalance(), entries, closing, total(entries, Direction.CREDIT),
                total(entries, Direction.DEBIT), byStanding, blockers, closed.map(ClosedDay::closedBy), closed.map(ClosedDay::closedAt));
    }

    private static Entry entry(BookedLine line, LineStatus standing) {
        return new Entry(line.lineNumber(), line.statementReference(), line.bookingDate(), line.valueDate(), line.direction(),
                line.amount(), line.currency(), line.counterpartyName().orElse(""), line.counterpartyAccount().orElse(""),
                line.endToEndReference().or(line::bankReference).orElse(""), standing);
    }

    private static BigDecimal total(List<Entry> entries, Direction direction) {
        return entries.stream().filter(e -> e.direction() == direction).map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How the standing of a line reads in a report: MATCHED (pass), IN_OPEN_CASE, UNRECONCILED, UNKNOWN. */
    public static String standing(LineStatus status) {
        return status.pass().map(pass -> status.kind() + " (" + pass + ")").orElse(status.kind().name());
    }
}
