package com.fundguard.sandbox.payment.application;

import java.time.Clock;
import java.util.Optional;

/** The bank tells what became of an order: its status report again, or nothing when it never decided on one. */
public class OrderInquiry {

    private final Ledger ledger;
    private final Clock clock;

    public OrderInquiry(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public Optional<byte[]> statusReport(String debtorAccount, String endToEndId) {
        return ledger.order(debtorAccount, endToEndId).map(order -> PaymentOrderSubmission.StatusReports.write(ledger, clock,
                order.messageId(), order.paymentInformationId(), order.endToEndId(), order.status(), order.reasonCode(),
                order.bookingReference()));
    }
}
