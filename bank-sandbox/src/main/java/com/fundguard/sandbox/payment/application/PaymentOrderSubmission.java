package com.fundguard.sandbox.payment.application;

import com.fundguard.bank.channel.OnlineBankingLogin;
import com.fundguard.bank.iso20022.IsoMessageException;
import com.fundguard.bank.iso20022.Pain001Reader;
import com.fundguard.bank.iso20022.Pain002Writer;
import com.fundguard.bank.iso20022.PaymentOrder;
import com.fundguard.bank.iso20022.PaymentStatusReport;
import com.fundguard.bank.iso20022.ReceivedPaymentOrder;
import com.fundguard.bank.signing.OrderSignature;
import com.fundguard.sandbox.account.application.OnlineBanking;
import com.fundguard.sandbox.fault.domain.FaultKind;
import com.fundguard.sandbox.fault.domain.FaultRules;
import com.fundguard.sandbox.payment.domain.AccountPosition;
import com.fundguard.sandbox.payment.domain.Booking;
import com.fundguard.sandbox.payment.domain.BookingDecision;
import com.fundguard.sandbox.payment.domain.BookingKind;
import com.fundguard.sandbox.payment.domain.BookingPolicy;
import com.fundguard.sandbox.payment.domain.RefusalReason;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bank takes a payment order: the login, then the document (FF01), the UKEY signature against the certificate on
 * file (DS0A), the end-to-end id not seen before on the account (DUPL), then the booking rules (AC01, AC06, AM04) and
 * the booking itself — debit, and credit when the creditor banks here — in one transaction with the order's fate.
 * Injected faults strike between those steps as {@link FaultKind} says.
 */
public class PaymentOrderSubmission {

    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private final OnlineBanking onlineBanking;
    private final Ledger ledger;
    private final FaultRules faults;
    private final TransactionTemplate transactions;
    private final SandboxBank bank;
    private final Clock clock;

    public PaymentOrderSubmission(OnlineBanking onlineBanking, Ledger ledger, FaultRules faults, TransactionTemplate transactions,
                                  SandboxBank bank, Clock clock) {
        this.onlineBanking = onlineBanking;
        this.ledger = ledger;
        this.faults = faults;
        this.transactions = transactions;
        this.bank = bank;
        this.clock = clock;
    }

    public SubmissionAnswer submit(String authorization, byte[] document, String orderSignature) {
        Optional<OnlineBankingLogin> login = OnlineBankingLogin.fromBasicAuthorization(authorization);
        if (login.isEmpty()) {
            return new SubmissionAnswer.LoginRefused();
        }
        Optional<X509Certificate> signer;
        try {
            signer = onlineBanking.logIn(login.get().account(), login.get().password());
        } finally {
            login.get().wipe();
        }
        if (signer.isEmpty()) {
            return new SubmissionAnswer.LoginRefused();
        }
        ReceivedPaymentOrder received;
        try {
            received = Pain001Reader.read(document);
        } catch (IsoMessageException e) {
            return report(NOT_PROVIDED, NOT_PROVIDED, null, "RJCT", "FF01", null, false);
        }
        PaymentOrder order = received.order();
        if (!order.debtorAccount().equals(login.get().account())) {
            // The password proves another account than the one the order would debit.
            return new SubmissionAnswer.LoginRefused();
        }
        if (!signedBy(document, orderSignature, signer.get())) {
            return report(received, "RJCT", "DS0A", null, false);
        }
        FaultRules.Faults struck = faults.forOrder(order.endToEndId());
        if (struck.latencyMillis() > 0) {
            hold(struck.latencyMillis());
        }
        if (struck.is(FaultKind.SERVER_ERROR)) {
            throw new InjectedServerErrorException(order.endToEndId());
        }
        Fate fate = transactions.execute(status -> decide(received, struck));
        return report(received, fate.status(), fate.reasonCode(), fate.bookingReference(), struck.is(FaultKind.DROPPED_RESPONSE));
    }

    private record Fate(String status, String reasonCode, String bookingReference) {
    }

    private Fate decide(ReceivedPaymentOrder received, FaultRules.Faults struck) {
        PaymentOrder order = received.order();
        Instant now = clock.instant();
        if (!ledger.receive(received, now)) {
            return new Fate("RJCT", "DUPL", null);
        }
        boolean creditorHere = bank.bankCode().equals(order.creditorBank());
        // Locks in account-number order, so two transfers between the same accounts in opposite directions never deadlock.
        Map<String, Optional<AccountPosition>> locked = new TreeMap<>();
        locked.put(order.debtorAccount(), Optional.empty());
        if (creditorHere) {
            locked.put(order.creditorAccount(), Optional.empty());
        }
        locked.replaceAll((account, none) -> ledger.lock(account));
        BookingPolicy.CreditorSide creditor = creditorHere
                ? new BookingPolicy.CreditorSide.Here(locked.get(order.creditorAccount()))
                : new BookingPolicy.CreditorSide.OtherBank();
        BookingDecision decision = forced(struck).<BookingDecision>map(BookingDecision.Refuse::new)
                .orElseGet(() -> BookingPolicy.decide(locked.get(order.debtorAccount()), creditor, order.amount(), order.currency()));
        if (decision instanceof BookingDecision.Refuse refuse) {
            ledger.settle(order.debtorAccount(), order.endToEndId(), "RJCT", refuse.reason().isoCode(), null);
            return new Fate("RJCT", refuse.reason().isoCode(), null);
        }
        LocalDate today = now.atZone(bank.zone()).toLocalDate();
        String reference = "SBX-" + today.toString().replace("-", "") + "-" + String.format("%09d", ledger.nextNumber());
        ledger.book(new Booking(reference, order.debtorAccount(), BookingKind.ISSUED_CREDIT_TRANSFER, order.endToEndId(), order.amount(),
                order.currency(), false, order.creditorName(), order.creditorAccount(), now, today, today));
        if (creditorHere) {
            ledger.book(new Booking(reference, order.creditorAccount(), BookingKind.RECEIVED_CREDIT_TRANSFER, order.endToEndId(),
                    order.amount(), order.currency(), true, order.debtorName(), order.debtorAccount(), now, today, today));
        }
        ledger.settle(order.debtorAccount(), order.endToEndId(), "ACSC", null, reference);
        return new Fate("ACSC", null, reference);
    }

    private static Optional<RefusalReason> forced(FaultRules.Faults struck) {
        return struck.outcome().flatMap(kind -> switch (kind) {
            case INSUFFICIENT_FUNDS -> Optional.of(RefusalReason.INSUFFICIENT_FUNDS);
            case INVALID_ACCOUNT -> Optional.of(RefusalReason.UNKNOWN_ACCOUNT);
            case FROZEN_ACCOUNT -> Optional.of(RefusalReason.BLOCKED_ACCOUNT);
            default -> Optional.empty();
        });
    }

    private static boolean signedBy(byte[] document, String orderSignature, X509Certificate registered) {
        if (orderSignature == null || orderSignature.isBlank()) {
            return false;
        }
        try {
            return new OrderSignature(Base64.getDecoder().decode(orderSignature.trim())).verifies(document, registered);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static void hold(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SubmissionAnswer report(ReceivedPaymentOrder received, String status, String reason, String reference, boolean dropped) {
        return report(received.messageId(), received.paymentInformationId(), received.order().endToEndId(), status, reason, reference, dropped);
    }

    private SubmissionAnswer report(String messageId, String paymentInformationId, String endToEndId, String status, String reason,
                                    String reference, boolean dropped) {
        byte[] pain002 = StatusReports.write(ledger, clock, messageId, paymentInformationId, endToEndId, status, reason, reference);
        return new SubmissionAnswer.Report(pain002, status, reason, dropped);
    }

    /** pain.002 for one transaction, shared by submission and inquiry. */
    static final class StatusReports {

        private StatusReports() {
        }

        static byte[] write(Ledger ledger, Clock clock, String messageId, String paymentInformationId, String endToEndId, String status,
                            String reason, String reference) {
            PaymentStatusReport report = new PaymentStatusReport("SBX-STS-" + ledger.nextNumber(), messageId,
                    "RJCT".equals(status) ? Optional.of("RJCT") : Optional.empty(),
                    java.util.List.of(new PaymentStatusReport.TransactionStatus(endToEndId, status, Optional.ofNullable(reason), reference)));
            return Pain002Writer.write(report, paymentInformationId, clock.instant());
        }
    }
}
