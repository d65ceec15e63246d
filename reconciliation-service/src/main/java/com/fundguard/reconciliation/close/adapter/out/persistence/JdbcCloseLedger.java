package com.fundguard.reconciliation.close.adapter.out.persistence;

import com.fundguard.reconciliation.close.application.CloseLedger;
import com.fundguard.reconciliation.close.domain.AccountBooks;
import com.fundguard.reconciliation.close.domain.ClosedDay;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcCloseLedger implements CloseLedger {

    private static final String BOOKS = "id, enterprise_id, account, currency, first_day, opening_balance, opened_by, opened_at";
    private static final String DAYS = "books_id, enterprise_id, account, day, currency, opening_balance, total_credits, total_debits,"
            + " closing_balance, line_count, lines_matched, lines_in_open_cases, basis, statement_reference, closed_by, closed_at";

    private final JdbcClient jdbc;

    public JdbcCloseLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AccountBooks> books(UUID enterpriseId, String account) {
        return jdbc.sql("SELECT " + BOOKS + " FROM account_books WHERE enterprise_id = ? AND account = ?")
                .params(enterpriseId, account).query((rs, n) -> books(rs)).optional();
    }

    @Override
    public void addBooks(AccountBooks b) {
        jdbc.sql("INSERT INTO account_books (" + BOOKS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(b.id(), b.enterpriseId(), b.account(), b.currency().getCurrencyCode(), Date.valueOf(b.firstDay()),
                        b.openingBalance(), b.openedBy(), Timestamp.from(b.openedAt()))
                .update();
    }

    @Override
    public Optional<ClosedDay> closedDay(UUID enterpriseId, String account, LocalDate day) {
        return jdbc.sql("SELECT " + DAYS + " FROM closed_day WHERE enterprise_id = ? AND account = ? AND day = ?")
                .params(enterpriseId, account, Date.valueOf(day)).query((rs, n) -> closedDay(rs)).optional();
    }

    @Override
    public List<ClosedDay> closedDays(UUID enterpriseId, String account, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DAYS + " FROM closed_day WHERE enterprise_id = ? AND account = ? AND day = ANY (?::date[]) ORDER BY day")
                .params(enterpriseId, account, days.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((rs, n) -> closedDay(rs)).list();
    }

    @Override
    public void addClosedDay(ClosedDay d) {
        jdbc.sql("INSERT INTO closed_day (" + DAYS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.booksId(), d.enterpriseId(), d.account(), Date.valueOf(d.day()), d.currency().getCurrencyCode(),
                        d.openingBalance(), d.totalCredits(), d.totalDebits(), d.closingBalance(), d.lineCount(),
                        d.linesMatched(), d.linesInOpenCases(), d.basis().name(), d.statementReference(), d.closedBy(),
                        Timestamp.from(d.closedAt()))
                .update();
    }

    /**
     * A transaction-scoped advisory lock on the account's day. Two keys may share a lock (a hash); that only makes
     * two unrelated days wait for each other briefly, never lets one pass unheld.
     */
    @Override
    public void holdDay(UUID enterpriseId, String account, LocalDate day) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ? || '/' || ?, 0))")
                .params(enterpriseId.toString(), account, day.toString()).query((rs, n) -> 1).single();
    }

    private static AccountBooks books(ResultSet rs) throws SQLException {
        return new AccountBooks(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class), rs.getString("account"),
                Currency.getInstance(rs.getString("currency")), rs.getDate("first_day").toLocalDate(),
                rs.getBigDecimal("opening_balance"), rs.getObject("opened_by", UUID.class), rs.getTimestamp("opened_at").toInstant());
    }

    private static ClosedDay closedDay(ResultSet rs) throws SQLException {
        return new ClosedDay(rs.getObject("books_id", UUID.class), rs.getObject("enterprise_id", UUID.class), rs.getString("account"),
                rs.getDate("day").toLocalDate(), Currency.getInstance(rs.getString("currency")), rs.getBigDecimal("opening_balance"),
                rs.getBigDecimal("total_credits"), rs.getBigDecimal("total_debits"), rs.getBigDecimal("closing_balance"),
                rs.getInt("line_count"), rs.getInt("lines_matched"), rs.getInt("lines_in_open_cases"),
                ClosedDay.Basis.valueOf(rs.getString("basis")), rs.getString("statement_reference"),
                rs.getObject("closed_by", UUID.class), rs.getTimestamp("closed_at").toInstant());
    }
}
