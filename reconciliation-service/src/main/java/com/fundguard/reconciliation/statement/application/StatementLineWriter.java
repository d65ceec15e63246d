package com.fundguard.reconciliation.statement.application;

import com.fundguard.reconciliation.close.application.ClosedDays;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.ImportSummary;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands what a reader walks to the store as it goes and counts what the file held. Keeps nothing of an entry once it
 * is handed over, so the heap a file costs does not grow with its length.
 */
final class StatementLineWriter implements StatementVisitor {

    /** statement_line.amount is NUMERIC(19,4): a finer amount would be rounded by the database, silently. */
    private static final int LEDGER_SCALE = 4;

    private final StatementLines lines;
    private final String source;
    private final Map<String, AccountCount> accounts = new LinkedHashMap<>();
    private int statements;
    private long entries;
    private LocalDate from;
    private LocalDate to;

    // the statement being read
    private StatementHeader open;
    private UUID statementId;
    private int lineNumber;
    private LocalDate statementFrom;
    private LocalDate statementTo;

    private static final class AccountCount {
        final String account;
        final Currency currency;
        LocalDate from;
        LocalDate to;
        long entries;

        AccountCount(String account, Currency currency) {
            this.account = account;
            this.currency = currency;
        }
    }

    private final UUID enterpriseId;
    private final ClosedDays closedDays;
    /** account|date pairs already asked about in this import (each is held against a concurrent close until commit) */
    private final java.util.Set<String> daysAsked = new java.util.HashSet<>();

    StatementLineWriter(StatementLines lines, String source, UUID enterpriseId, ClosedDays closedDays) {
        this.lines = lines;
        this.source = source;
        this.enterpriseId = enterpriseId;
        this.closedDays = closedDays;
    }

    @Override
    public void begin(StatementHeader header) {
        if (open != null) {
            throw new IllegalStateException("the reader began a statement inside statement " + statements);
        }
        open = header;
        statements++;
        statementId = UUID.randomUUID();
        lineNumber = 0;
        statementFrom = null;
        statementTo = null;
        header.openingBalance().ifPresent(opening -> seen(opening.date()));
        lines.statement(statementId, statements, header);
    }

    @Override
    public void entry(StatementEntry entry) {
        if (open == null) {
            throw new IllegalStateException("the reader gave an entry outside a statement");
        }
        lineNumber++;
        if (!entry.currency().equals(open.currency())) {
            throw new StatementNotStorable(source, statements, lineNumber,
                    "an entry in " + entry.currency() + " but the statement is in " + open.currency());
        }
        if (entry.amount().stripTrailingZeros().scale() > LEDGER_SCALE) {
            throw new StatementNotStorable(source, statements, lineNumber, "the amount " + entry.amount().toPlainString()
                    + " has more than " + LEDGER_SCALE + " decimals");
        }
        if (daysAsked.add(open.account() + "|" + entry.bookingDate())
                && !closedDays.closedAmong(enterpriseId, open.account(), java.util.Set.of(entry.bookingDate())).isEmpty()) {
            throw new StatementNotStorable(source, statements, lineNumber, "booked on " + entry.bookingDate() + ", a day of account "
                    + open.account() + " that is already closed: a closed day takes no new lines (nothing of this file is imported)");
        }
        seen(entry.bookingDate());
        lines.line(UUID.randomUUID(), statementId, lineNumber, open.account(), entry);
    }

    @Override
    public void end(Optional<Balance> closingBalance) {
        if (open == null) {
            throw new IllegalStateException("the reader ended a statement it did not begin");
        }
        closingBalance.ifPresent(closing -> {
            if (!closing.currency().equals(open.currency())) {
                throw new StatementNotStorable(source, statements, 0,
                        "closing balance in " + closing.currency() + " but the statement is in " + open.currency());
            }
            seen(closing.date());
        });
        lines.statementEnded(statementId, closingBalance, lineNumber, Optional.ofNullable(statementFrom),
                Optional.ofNullable(statementTo));
        AccountCount count = accounts.computeIfAbsent(open.account() + " " + open.currency(),
                key -> new AccountCount(open.account(), open.currency()));
        count.entries += lineNumber;
        count.from = earlier(count.from, statementFrom);
        count.to = later(count.to, statementTo);
        entries += lineNumber;
        from = earlier(from, statementFrom);
        to = later(to, statementTo);
        open = null;
    }

    /** What the file held; refused when the reader left a statement open or found none. */
    ImportSummary summary() {
        if (open != null) {
            throw new IllegalStateException("the reader did not end statement " + statements);
        }
        if (statements == 0) {
            throw new StatementNotStorable(source, 0, 0, "the file holds no statement");
        }
        return new ImportSummary(statements, entries, accounts.values().stream()
                .map(a -> new ImportSummary.AccountPeriod(a.account, a.currency, Optional.ofNullable(a.from),
                        Optional.ofNullable(a.to), a.entries))
                .toList(), Optional.ofNullable(from), Optional.ofNullable(to));
    }

    private void seen(LocalDate date) {
        statementFrom = earlier(statementFrom, date);
        statementTo = later(statementTo, date);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
