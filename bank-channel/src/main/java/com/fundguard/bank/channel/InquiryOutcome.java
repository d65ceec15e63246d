package com.fundguard.bank.channel;

import java.util.Optional;

/** What the bank knows of one order. */
public sealed interface InquiryOutcome {

    /** The bank has the order: its ISO status (ACSC booked, RJCT refused, ACCP/PDNG pending) and what goes with it. */
    record Known(String status, Optional<String> reasonCode, Optional<String> bankReference) implements InquiryOutcome {

        public boolean booked() {
            return "ACSC".equals(status);
        }

        public boolean rejected() {
            return "RJCT".equals(status);
        }
    }

    /** The bank confirms it has no order with this end-to-end id for the account: the only answer allowing a resend. */
    record NoSuchOrder() implements InquiryOutcome {
    }
}
