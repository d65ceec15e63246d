package com.fundguard.sandbox.payment.adapter.out.persistence;

import com.fundguard.bank.iso20022.PaymentOrder;
import com.fundguard.bank.iso20022.ReceivedPaymentOrder;
import com.fundguard.sandbox.payment.application.Ledger;
import com.fundguard.sandbox.payment.domain.AccountPosition;
import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.sandbox.payment.domain.BookingKind;
import com.fundguard.sandbox.payment.domain.OriginalOrder;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcLedger implements Ledger {

    private final JdbcClient jdbc;

    public JdbcLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean receive(ReceivedPaymentOrder received, Instant at) {
        PaymentOrder o = received.order();
        // The primary key waits for a concurrent insert of the same id to commit or roll back: one of two racing orders wins.
        return jdbc.sql("""
                        INSERT INTO payment_order (debtor_account, end_to_end_id, message_id, payment_information_id, status, amount,
                            currency, creditor_account, creditor_name, creditor_bank, received_at)
                        VALUES (?, ?, ?, ?, 'RCVD', ?, ?, ?, ?, ?, ?) ON CONFLICT (debtor_account, end_to_end_id) DO NOTHING
                        """)
                .params(o.debtorAccount(), o.endToEndId(), received.messageId(), received.paymentInformationId(), o.amount(),
                        o.currency().getCurrencyCode(), o.creditorAccount(), o.creditorName(), o.creditorBank(), Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public Optional<AccountPosition> lock(String accountNumber) {
        return jdbc.sql("SELECT account_number, currency, balance, frozen FROM bank_account WHERE account_number = ? FOR UPDATE")
                .param(accountNumber)
                .query((rs, n) -> new AccountPosition(rs.getString("account_number"), Currency.getInstance(rs.getString("currency")),
                        rs.getBigDecimal("balance"), rs.getBoolean("frozen")))
                .optional();
    }

    @Override
    public long nextNumber() {
        return jdbc.sql("SELECT nextval('booking_reference_seq')").query(Long.class).single();
    }

    @Override
    public void book(Booking b) {
        jdbc.sql("""
                        INSERT INTO booking (reference, account_number, kind, end_to_end_id, amount, currency, credit, counterparty_name,
                            counterparty_account, booked_at, booking_date, value_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(b.reference(), b.accountNumber(), b.kind().name(), b.endToEndId(), b.amount(), b.currency().getCurrencyCode(),
                        b.credit(), b.counterpartyName(), b.counterpartyAccount(), Timestamp.from(b.bookedAt()),
                        Date.valueOf(b.bookingDate()), Date.valueOf(b.valueDate()))
                .update();
        jdbc.sql("UPDATE bank_account SET balance = balance + ? WHERE account_number = ?").params(b.signedAmount(), b.accountNumber()).update();
    }

    @Override
    public void settle(String debtorAccount, String endToEndId, String status, String reasonCode, String bookingReference) {
        jdbc.sql("""
                        UPDATE payment_order SET status = ?, reason_code = ?, booking_reference = ?
                        WHERE debtor_account = ? AND end_to_end_id = ?
                        """)
                .params(status, reasonCode, bookingReference, debtorAccount, endToEndId).update();
    }

    @Override
    public Optional<DecidedOrder> order(String debtorAccount, String endToEndId) {
        return jdbc.sql("SELECT * FROM payment_order WHERE debtor_account = ? AND end_to_end_id = ? AND status <> 'RCVD'")
                .params(debtorAccount, endToEndId)
                .query((rs, n) -> new DecidedOrder(rs.getString("message_id"), rs.getString("payment_information_id"),
                        rs.getString("end_to_end_id"), rs.getString("status"), rs.getString("reason_code"), rs.getString("booking_reference")))
                .optional();
    }

    @Override
    public Optional<OriginalOrder> lockOrder(String debtorAccount, String endToEndId) {
        return jdbc.sql("""
                        SELECT o.*, b.booked_at FROM payment_order o
                        LEFT JOIN booking b ON b.reference = o.booking_reference AND b.account_number = o.debtor_account
                        WHERE o.debtor_account = ? AND o.end_to_end_id = ? AND o.status <> 'RCVD'
                        FOR UPDATE OF o
                        """)
                .params(debtorAccount, endToEndId)
                .query((rs, n) -> new OriginalOrder(rs.getString("debtor_account"), rs.getString("end_to_end_id"), rs.getString("status"),
                        rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency")), rs.getString("creditor_name"),
                        rs.getString("creditor_account"), rs.getString("creditor_bank"),
                        Optional.ofNullable(rs.getTimestamp("booked_at")).map(Timestamp::toInstant)))
                .optional();
    }

    @Override
    public Optional<Cancellation> cancellation(String debtorAccount, String endToEndId) {
        return jdbc.sql("SELECT * FROM cancellation WHERE debtor_account = ? AND end_to_end_id = ?")
                .params(debtorAccount, endToEndId)
                .query((rs, n) -> new Cancellation(rs.getString("debtor_account"), rs.getString("end_to_end_id"), rs.getString("assignment_id"),
                        rs.getString("status"), rs.getString("reason_code"), rs.getString("reversal_reference"),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }

    @Override
    public void recordCancellation(Cancellation c) {
        jdbc.sql("""
                        INSERT INTO cancellation (debtor_account, end_to_end_id, assignment_id, status, reason_code, reversal_reference, decided_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(c.debtorAccount(), c.endToEndId(), c.assignmentId(), c.status(), c.reasonCode(), c.reversalReference(),
                        Timestamp.from(c.decidedAt()))
                .update();
    }

    @Override
    public List<Booking> bookings(String accountNumber) {
        return jdbc.sql("SELECT * FROM booking WHERE account_number = ? ORDER BY id").param(accountNumber).query(JdbcLedger::booking).list();
    }

    @Override
    public List<Booking> bookingsOn(String accountNumber, LocalDate day) {
        return jdbc.sql("SELECT * FROM booking WHERE account_number = ? AND booking_date = ? ORDER BY id")
                .params(accountNumber, Date.valueOf(day)).query(JdbcLedger::booking).list();
    }

    @Override
    public BigDecimal movedSince(String accountNumber, LocalDate day) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(CASE WHEN credit THEN amount ELSE -amount END), 0) FROM booking
                        WHERE account_number = ? AND booking_date >= ?
                        """)
                .params(accountNumber, Date.valueOf(day)).query(BigDecimal.class).single();
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Booking(rs.getString("reference"), rs.getString("account_number"), BookingKind.valueOf(rs.getString("kind")),
                rs.getString("end_to_end_id"), rs.getBigDecimal("amount").setScale(currency.getDefaultFractionDigits()), currency,
                rs.getBoolean("credit"), rs.getString("counterparty_name"), rs.getString("counterparty_account"),
                rs.getTimestamp("booked_at").toInstant(), rs.getDate("booking_date").toLocalDate(), rs.getDate("value_date").toLocalDate());
    }
}
