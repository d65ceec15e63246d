package com.fundguard.sandbox.payment.application;

import com.fundguard.bank.iso20022.AccountStatement;
import com.fundguard.bank.iso20022.Camt053Writer;
import com.fundguard.sandbox.account.application.BankAccounts;
import com.fundguard.sandbox.account.domain.BankAccount;
import com.fundguard.sandbox.payment.domain.Booking;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day's camt.053 for an account: the closing balance is today's balance less what was booked after the day, the
 * opening balance that less the day's own bookings; both read in one snapshot with the lines, so they add up even
 * while payments are booked.
 */
public class StatementIssuing {

    private final BankAccounts accounts;
    private final Ledger ledger;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    /** @param snapshot a repeatable-read transaction */
    public StatementIssuing(BankAccounts accounts, Ledger ledger, TransactionTemplate snapshot, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.snapshot = snapshot;
        this.clock = clock;
    }

    public Optional<byte[]> statement(String accountNumber, LocalDate day) {
        Optional<AccountStatement> statement = snapshot.execute(status -> accounts.find(accountNumber).map(account -> of(account, day)));
        return statement.map(Camt053Writer::write);
    }

    private AccountStatement of(BankAccount account, LocalDate day) {
        List<Booking> lines = ledger.bookingsOn(account.accountNumber(), day);
        BigDecimal closing = account.balance().subtract(ledger.movedSince(account.accountNumber(), day.plusDays(1)));
        BigDecimal opening = closing.subtract(lines.stream().map(Booking::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new AccountStatement("SBX-STMT-" + ledger.nextNumber(), clock.instant(), account.accountNumber(), account.ownerName(),
                account.currency(), day, opening, closing, lines.stream().map(StatementIssuing::line).toList());
    }

    private static AccountStatement.Line line(Booking b) {
        return new AccountStatement.Line(b.reference(), b.endToEndId(), AccountStatement.Kind.valueOf(b.kind().name()), b.amount(), b.credit(),
                b.bookingDate(), b.valueDate(), b.counterpartyName(), b.counterpartyAccount());
    }
}
