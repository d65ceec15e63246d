package com.fundguard.reconciliation.statement.adapter.out.persistence;

import com.fundguard.reconciliation.statement.application.StatementLines;
import com.fundguard.reconciliation.statement.domain.Balance;
import com.fundguard.reconciliation.statement.domain.StatementEntry;
import com.fundguard.reconciliation.statement.domain.StatementHeader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One import's statements and lines written through the transaction's connection: a statement row as it begins
 * (its lines refer to it), lines in JDBC batches of {@code batchSize}, the statement's closing balance and counts as
 * it ends. Only a batch of lines is ever held.
 */
final class JdbcStatementLines implements StatementLines {

    private static final String INSERT_STATEMENT = "INSERT INTO bank_statement (id, enterprise_id, import_id, position,"
            + " statement_reference, account, currency, sequence_number, opening_balance_amount, opening_balance_mark,"
            + " opening_balance_date, information) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String END_STATEMENT = "UPDATE bank_statement SET closing_balance_amount = ?,"
            + " closing_balance_mark = ?, closing_balance_date = ?, entry_count = ?, period_from = ?, period_to = ?"
            + " WHERE id = ?";
    private static final String INSERT_LINE = "INSERT INTO statement_line (id, enterprise_id, import_id, statement_id,"
            + " line_number, account, currency, booking_date, value_date, amount, credit_debit, reversal,"
            + " transaction_type_code, bank_reference, customer_reference, end_to_end_reference, counterparty_account,"
            + " counterparty_name, supplementary_details, information)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Connection connection;
    private final UUID enterpriseId;
    private final UUID importId;
    private final int batchSize;
    private final PreparedStatement statements;
    private final PreparedStatement statementEnds;
    private final PreparedStatement lines;
    private int batched;

    JdbcStatementLines(DataSource dataSource, UUID enterpriseId, UUID importId, int batchSize) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.enterpriseId = enterpriseId;
        this.importId = importId;
        this.batchSize = batchSize;
        try {
            this.statements = connection.prepareStatement(INSERT_STATEMENT);
            this.statementEnds = connection.prepareStatement(END_STATEMENT);
            this.lines = connection.prepareStatement(INSERT_LINE);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw failed("preparing the statement inserts", e);
        }
    }

    @Override
    public void statement(UUID statementId, int position, StatementHeader header) {
        try {
            statements.setObject(1, statementId);
            statements.setObject(2, enterpriseId);
            statements.setObject(3, importId);
            statements.setInt(4, position);
            statements.setString(5, header.statementReference());
            statements.setString(6, header.account());
            statements.setString(7, header.currency().getCurrencyCode());
            statements.setString(8, header.sequenceNumber().orElse(null));
            balance(statements, 9, header.openingBalance());
            statements.setString(12, header.information().orElse(null));
            statements.executeUpdate();
        } catch (SQLException e) {
            throw failed("storing statement " + position, e);
        }
    }

    @Override
    public void line(UUID lineId, UUID statementId, int lineNumber, String account, StatementEntry entry) {
        try {
            lines.setObject(1, lineId);
            lines.setObject(2, enterpriseId);
            lines.setObject(3, importId);
            lines.setObject(4, statementId);
            lines.setInt(5, lineNumber);
            lines.setString(6, account);
            lines.setString(7, entry.currency().getCurrencyCode());
            lines.setDate(8, Date.valueOf(entry.bookingDate()));
            lines.setDate(9, Date.valueOf(entry.valueDate()));
            lines.setBigDecimal(10, entry.amount());
            lines.setString(11, entry.creditDebit().name());
            lines.setBoolean(12, entry.reversal());
            lines.setString(13, entry.transactionTypeCode());
            lines.setString(14, entry.bankReference().orElse(null));
            lines.setString(15, entry.customerReference().orElse(null));
            lines.setString(16, entry.endToEndReference().orElse(null));
            lines.setString(17, entry.counterpartyAccount().orElse(null));
            lines.setString(18, entry.counterpartyName().orElse(null));
            lines.setString(19, entry.supplementaryDetails().orElse(null));
            lines.setString(20, entry.information());
            lines.addBatch();
            if (++batched == batchSize) {
                flush();
            }
        } catch (SQLException e) {
            throw failed("storing line " + lineNumber, e);
        }
    }

    @Override
    public void statementEnded(UUID statementId, Optional<Balance> closingBalance, int entries,
                               Optional<LocalDate> from, Optional<LocalDate> to) {
        try {
            balance(statementEnds, 1, closingBalance);
            statementEnds.setInt(4, entries);
            statementEnds.setObject(5, from.map(Date::valueOf).orElse(null), Types.DATE);
            statementEnds.setObject(6, to.map(Date::valueOf).orElse(null), Types.DATE);
            statementEnds.setObject(7, statementId);
            statementEnds.executeUpdate();
        } catch (SQLException e) {
            throw failed("storing a statement's closing balance", e);
        }
    }

    @Override
    public void flush() {
        if (batched == 0) {
            return;
        }
        try {
            lines.executeBatch();
            batched = 0;
        } catch (SQLException e) {
            throw failed("storing a batch of lines", e);
        }
    }

    @Override
    public void close() {
        try {
            statements.close();
            statementEnds.close();
            lines.close();
        } catch (SQLException e) {
            throw failed("closing the statement inserts", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void balance(PreparedStatement insert, int first, Optional<Balance> balance) throws SQLException {
        insert.setBigDecimal(first, balance.map(Balance::amount).orElse(null));
        insert.setString(first + 1, balance.map(b -> b.mark().name()).orElse(null));
        insert.setObject(first + 2, balance.map(b -> Date.valueOf(b.date())).orElse(null), Types.DATE);
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
}
