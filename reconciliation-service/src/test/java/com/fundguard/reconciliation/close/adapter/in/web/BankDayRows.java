package com.fundguard.reconciliation.close.adapter.in.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements and lines of an enterprise's account as the statement import writes them (bank_statement and
 * statement_line of the shared contract), for tests of what reads them.
 */
public final class BankDayRows {

    private final JdbcClient jdbc;
    private final UUID enterprise;
    private final String account;
    private final String currency;

    public BankDayRows(JdbcClient jdbc, UUID enterprise, String account, String currency) {
        this.jdbc = jdbc;
        this.enterprise = enterprise;
        this.account = account;
        this.currency = currency;
    }

    /** A statement of one day with its lines ("-" marks a debit): opening and closing balances signed. */
    public Statement statement(String reference, LocalDate day, String opening, String closing) {
        UUID importId = UUID.randomUUID();
        jdbc.sql("INSERT INTO statement_import (id, enterprise_id, format, sha256, size_bytes, imported_at, status, content) "
                        + "VALUES (?, ?, 'MT940', ?, 1, ?, 'RECEIVED', ?)")
                .params(importId, enterprise, (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
                        Timestamp.from(Instant.now()), reference.getBytes(StandardCharsets.UTF_8))
                .update();
        UUID statementId = UUID.randomUUID();
        BigDecimal open = opening == null ? null : new BigDecimal(opening);
        BigDecimal close = closing == null ? null : new BigDecimal(closing);
        jdbc.sql("""
                        INSERT INTO bank_statement (id, enterprise_id, import_id, position, statement_reference, account, currency,
                            opening_balance_amount, opening_balance_mark, opening_balance_date,
                            closing_balance_amount, closing_balance_mark, closing_balance_date)
                        VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(statementId, enterprise, importId, reference, account, currency,
                        open == null ? null : open.abs(), open == null ? null : mark(open), open == null ? null : Date.valueOf(day.minusDays(1)),
                        close == null ? null : close.abs(), close == null ? null : mark(close), close == null ? null : Date.valueOf(day))
                .update();
        return new Statement(importId, statementId, day);
    }

    public final class Statement {
        final UUID importId;
        final UUID statementId;
        final LocalDate day;
        private int lineNumber;

        Statement(UUID importId, UUID statementId, LocalDate day) {
            this.importId = importId;
            this.statementId = statementId;
            this.day = day;
        }

        /** A line booked on the statement's day; "-12.00" is a debit of 12.00. */
        public UUID line(String signedAmount, String counterpartyName) {
            return lineOn(day, signedAmount, counterpartyName);
        }

        public UUID lineOn(LocalDate bookingDate, String signedAmount, String counterpartyName) {
            UUID id = UUID.randomUUID();
            BigDecimal amount = new BigDecimal(signedAmount);
            jdbc.sql("""
                            INSERT INTO statement_line (id, enterprise_id, import_id, statement_id, line_number, account, currency,
                                booking_date, value_date, amount, credit_debit, reversal, transaction_type_code, bank_reference,
                                end_to_end_reference, counterparty_account, counterparty_name, information)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 'NTRF', ?, ?, '6217000010001234', ?, 'test line')
                            """)
                    .params(id, enterprise, importId, statementId, ++lineNumber, account, currency, Date.valueOf(bookingDate),
                            Date.valueOf(bookingDate), amount.abs(), mark(amount), "BR" + lineNumber, "E2E-" + id.toString().substring(0, 8),
                            counterpartyName)
                    .update();
            return id;
        }
    }

    private static String mark(BigDecimal signed) {
        return signed.signum() < 0 ? "DEBIT" : "CREDIT";
    }
}
