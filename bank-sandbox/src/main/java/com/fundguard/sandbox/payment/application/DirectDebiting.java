package com.fundguard.sandbox.payment.application;

import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.sandbox.payment.domain.BookingDecision;
import com.fundguard.sandbox.payment.domain.BookingKind;
import com.fundguard.sandbox.payment.domain.BookingPolicy;
import com.fundguard.sandbox.payment.domain.RefusalReason;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A creditor draws a direct debit on an account, around the platform (a utility, a tax office): the bank books it
 * under the same rules as a transfer, and reconciliation later finds a debit no transfer explains.
 */
public class DirectDebiting {

    private final Ledger ledger;
    private final TransactionTemplate transactions;
    private final SandboxBank bank;
    private final Clock clock;

    public DirectDebiting(Ledger ledger, TransactionTemplate transactions, SandboxBank bank, Clock clock) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.bank = bank;
        this.clock = clock;
    }

    public sealed interface Result {
        record Booked(Booking booking) implements Result {
        }

        record Refused(RefusalReason reason) implements Result {
        }
    }

    public Result debit(String accountNumber, BigDecimal amount, String creditorAccount, String creditorName) {
        return transactions.execute(status -> {
            var debtor = ledger.lock(accountNumber);
            if (debtor.isPresent() && amount.stripTrailingZeros().scale() > debtor.get().currency().getDefaultFractionDigits()) {
                throw new IllegalArgumentException("the amount has more decimals than " + debtor.get().currency() + " allows");
            }
            BookingDecision decision = BookingPolicy.decide(debtor, new BookingPolicy.CreditorSide.OtherBank(), amount,
                    debtor.map(d -> d.currency()).orElse(null));
            if (decision instanceof BookingDecision.Refuse refuse) {
                return new Result.Refused(refuse.reason());
            }
            Instant now = clock.instant();
            LocalDate today = now.atZone(bank.zone()).toLocalDate();
            String reference = "SBX-" + today.toString().replace("-", "") + "-" + String.format("%09d", ledger.nextNumber());
            Booking booking = new Booking(reference, accountNumber, BookingKind.RECEIVED_DIRECT_DEBIT, null, amount,
                    debtor.get().currency(), false, creditorName, creditorAccount, now, today, today);
            ledger.book(booking);
            return new Result.Booked(booking);
        });
    }
}
