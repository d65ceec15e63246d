package com.fundguard.sandbox.payment.application;

import com.fundguard.bank.iso20022.ReceivedPaymentOrder;
import com.fundguard.sandbox.payment.domain.AccountPosition;
import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.sandbox.payment.domain.OriginalOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bank's books: accounts' balances, the orders it decided on, and every booking. */
public interface Ledger {

    /** Records the order as received unless the debtor account already has one with its end-to-end id (then false). */
    boolean receive(ReceivedPaymentOrder order, Instant at);

    /** The account under a row lock until the transaction ends; empty when this bank has no such account. */
    Optional<AccountPosition> lock(String accountNumber);

    /** A number never handed out before (booking references, report ids). */
    long nextNumber();

    /** Adds the booking and moves the account's balance by it. */
    void book(Booking booking);

    /** The order's fate: ACSC with the booking reference, or RJCT with the reason code. */
    void settle(String debtorAccount, String endToEndId, String status, String reasonCode, String bookingReference);

    Optional<DecidedOrder> order(String debtorAccount, String endToEndId);

    List<Booking> bookings(String accountNumber);

    List<Booking> bookingsOn(String accountNumber, LocalDate day);

    /** Sum of the signed amounts booked on the account from {@code day} on. */
    BigDecimal movedSince(String accountNumber, LocalDate day);

    /** The decided order under a row lock until the transaction ends (so two recalls of it take turns). */
    Optional<OriginalOrder> lockOrder(String debtorAccount, String endToEndId);

    /** The answer already given to a recall of this order. */
    Optional<Cancellation> cancellation(String debtorAccount, String endToEndId);

    void recordCancellation(Cancellation cancellation);

    /** The bank's decision on a recall: ACCR with the reversal booking's reference, or RJCR with the reason code. */
    record Cancellation(String debtorAccount, String endToEndId, String assignmentId, String status, String reasonCode,
                        String reversalReference, Instant decidedAt) {
    }

    record DecidedOrder(String messageId, String paymentInformationId, String endToEndId, String status, String reasonCode,
                        String bookingReference) {
    }
}
