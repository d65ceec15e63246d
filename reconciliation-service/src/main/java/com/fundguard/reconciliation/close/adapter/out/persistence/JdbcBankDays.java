package com.fundguard.reconciliation.close.adapter.out.persistence;

import com.fundguard.reconciliation.close.application.BankDays;
import com.fundguard.reconciliation.close.domain.BookedLine;
import com.fundguard.reconciliation.close.domain.ClosingStatement;
import com.fundguard.reconciliation.close.domain.Direction;
import com.fundguard.reconciliation.close.domain.StatedBalance;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the statement import's tables (statement_line, bank_statement, statement_import) for one account and day.
 * The close owns none of them; it only reads.
 */
public class JdbcBankDays implements BankDays {

    private final JdbcClient jdbc;

    public JdbcBankDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BankDay of(UUID enterpriseId, String account, LocalDate day) {
        List<BookedLine> lines = jdbc.sql("""
                        SELECT l.id, s.statement_reference, l.line_number, l.booking_date, l.value_date, l.amount, l.currency,
                               l.credit_debit, l.reversal, l.bank_reference, l.end_to_end_reference, l.counterparty_account,
                               l.counterparty_name
                          FROM statement_line l
                          JOIN bank_statement s ON s.id = l.statement_id
                          JOIN statement_import i ON i.id = l.import_id
                         WHERE l.enterprise_id = ? AND l.account = ? AND l.booking_date = ?
                         ORDER BY i.imported_at, i.id, s.position, l.line_number
                        """)
                .params(enterpriseId, account, Date.valueOf(day)).query((rs, n) -> line(rs)).list();
        List<ClosingStatement> closing = jdbc.sql("""
                        SELECT statement_reference, currency, closing_balance_amount, closing_balance_mark, closing_balance_date,
                               opening_balance_amount, opening_balance_mark, opening_balance_date
                          FROM bank_statement
                         WHERE enterprise_id = ? AND account = ? AND closing_balance_date = ?
                        """)
                .params(enterpriseId, account, Date.valueOf(day))
                .query((rs, n) -> new ClosingStatement(balance(rs, "closing").orElseThrow(), balance(rs, "opening"))).list();
        Optional<StatedBalance> nextOpening = jdbc.sql("""
                        SELECT statement_reference, currency, opening_balance_amount, opening_balance_mark, opening_balance_date
                          FROM bank_statement
                         WHERE enterprise_id = ? AND account = ? AND closing_balance_date > ? AND opening_balance_amount IS NOT NULL
                         ORDER BY closing_balance_date, opening_balance_date, sequence_number NULLS LAST, statement_reference
                         LIMIT 1
                        """)
                .params(enterpriseId, account, Date.valueOf(day)).query((rs, n) -> balance(rs, "opening").orElseThrow()).optional();
        return new BankDay(lines, closing, nextOpening);
    }

    private static BookedLine line(ResultSet rs) throws SQLException {
        return new BookedLine(rs.getObject("id", UUID.class), rs.getString("statement_reference"), rs.getInt("line_number"),
                rs.getDate("booking_date").toLocalDate(), rs.getDate("value_date").toLocalDate(), rs.getBigDecimal("amount"),
                Currency.getInstance(rs.getString("currency").trim()), Direction.valueOf(rs.getString("credit_debit")),
                rs.getBoolean("reversal"), Optional.ofNullable(rs.getString("bank_reference")),
                Optional.ofNullable(rs.getString("end_to_end_reference")), Optional.ofNullable(rs.getString("counterparty_account")),
                Optional.ofNullable(rs.getString("counterparty_name")));
    }

    private static Optional<StatedBalance> balance(ResultSet rs, String which) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(which + "_balance_amount");
        if (amount == null) {
            return Optional.empty();
        }
        return Optional.of(new StatedBalance(rs.getString("statement_reference"),
                Direction.valueOf(rs.getString(which + "_balance_mark")).signed(amount),
                Currency.getInstance(rs.getString("currency").trim()), rs.getDate(which + "_balance_date").toLocalDate()));
    }
}
