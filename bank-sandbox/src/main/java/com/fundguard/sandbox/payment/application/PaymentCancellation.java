package com.fundguard.sandbox.payment.application;

import com.fundguard.bank.iso20022.Camt029Writer;
import com.fundguard.bank.iso20022.Camt055Reader;
import com.fundguard.bank.iso20022.CancellationRequest;
import com.fundguard.bank.iso20022.CancellationResolution;
import com.fundguard.bank.iso20022.IsoMessageException;
import com.fundguard.bank.iso20022.ReceivedCancellationRequest;
import com.fundguard.sandbox.payment.domain.AccountPosition;
import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.sandbox.payment.domain.BookingKind;
import com.fundguard.sandbox.payment.domain.CancellationPolicy;
import com.fundguard.sandbox.payment.domain.CancellationRefusal;
import com.fundguard.sandbox.payment.domain.OriginalOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bank answers a recall (camt.055 in, camt.029 out): a booked order named with its amount and currency, asked for
 * before the cut-off, is reversed — credited back to the debtor and, when the creditor banks here, debited from the
 * creditor — in one transaction with the decision. The decision on an order is kept: a repeated request is answered
 * as the first was and books nothing more. A request that matches no booked order (NOOR) is answered and not kept.
 */
public class PaymentCancellation {

    private final Ledger ledger;
    private final TransactionTemplate transactions;
    private final SandboxBank bank;
    private final Duration cutOff;
    private final Clock clock;

    /** @param cutOff how long after booking a cancellation is still honoured */
    public PaymentCancellation(Ledger ledger, TransactionTemplate transactions, SandboxBank bank, Duration cutOff, Clock clock) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.bank = bank;
        this.cutOff = cutOff;
        this.clock = clock;
    }

    public CancellationAnswer requestCancellation(byte[] camt055) {
        ReceivedCancellationRequest received;
        try {
            received = Camt055Reader.read(camt055);
        } catch (IsoMessageException e) {
            return new CancellationAnswer.Malformed(e.getMessage());
        }
        Ledger.Cancellation decided = transactions.execute(status -> decide(received));
        CancellationResolution resolution = new CancellationResolution("SBX-CXL-" + ledger.nextNumber(), received.assignmentId(),
                received.request().endToEndId(), decided.status(), Optional.ofNullable(decided.reasonCode()),
                Optional.ofNullable(decided.reversalReference()));
        byte[] camt029 = Camt029Writer.write(resolution, bank.bankCode(), received.request().debtorName(), clock.instant());
        return new CancellationAnswer.Resolution(camt029, decided.status(), decided.reasonCode());
    }

    private Ledger.Cancellation decide(ReceivedCancellationRequest received) {
        CancellationRequest request = received.request();
        Instant now = clock.instant();
        Optional<OriginalOrder> order = ledger.lockOrder(request.debtorAccount(), request.endToEndId());
        if (order.isPresent()) {
            Optional<Ledger.Cancellation> earlier = ledger.cancellation(request.debtorAccount(), request.endToEndId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        boolean creditorHere = order.isPresent() && bank.bankCode().equals(order.get().creditorBank());
        // Account locks in account-number order, as a submission takes them.
        Map<String, Optional<AccountPosition>> locked = new TreeMap<>();
        if (order.isPresent() && order.get().booked()) {
            locked.put(request.debtorAccount(), Optional.empty());
            if (creditorHere) {
                locked.put(order.get().creditorAccount(), Optional.empty());
            }
            locked.replaceAll((account, none) -> ledger.lock(account));
        }
        Optional<AccountPosition> creditor = creditorHere ? locked.getOrDefault(order.get().creditorAccount(), Optional.empty()) : Optional.empty();
        CancellationPolicy.Decision decision = CancellationPolicy.decide(order, request.amount(), request.currency(), now, cutOff, creditor);
        if (decision instanceof CancellationPolicy.Decision.Refuse refuse) {
            Ledger.Cancellation refused = new Ledger.Cancellation(request.debtorAccount(), request.endToEndId(), received.assignmentId(),
                    CancellationResolution.REFUSED, refuse.reason().isoCode(), null, now);
            if (refuse.reason() != CancellationRefusal.NO_ORIGINAL_ORDER) {
                ledger.recordCancellation(refused);
            }
            return refused;
        }
        OriginalOrder original = order.orElseThrow();
        LocalDate today = now.atZone(bank.zone()).toLocalDate();
        String reference = "SBX-" + today.toString().replace("-", "") + "-" + String.format("%09d", ledger.nextNumber());
        ledger.book(new Booking(reference, original.debtorAccount(), BookingKind.ISSUED_CREDIT_TRANSFER_REVERSAL, original.endToEndId(),
                original.amount(), original.currency(), true, original.creditorName(), original.creditorAccount(), now, today, today));
        if (creditorHere) {
            ledger.book(new Booking(reference, original.creditorAccount(), BookingKind.RECEIVED_CREDIT_TRANSFER_REVERSAL, original.endToEndId(),
                    original.amount(), original.currency(), false, request.debtorName(), original.debtorAccount(), now, today, today));
        }
        Ledger.Cancellation accepted = new Ledger.Cancellation(request.debtorAccount(), request.endToEndId(), received.assignmentId(),
                CancellationResolution.ACCEPTED, null, reference, now);
        ledger.recordCancellation(accepted);
        return accepted;
    }
}
