package com.fundguard.bankconnector.execution.domain;

import java.util.Optional;

/** The bank's answer to a status inquiry, in the domain's words. */
public sealed interface InquiryAnswer {

    record Booked(String bankReference) implements InquiryAnswer {
    }

    record Rejected(String reasonCode) implements InquiryAnswer {
    }

    /** The bank has the order but has not decided yet. */
    record Pending(String status) implements InquiryAnswer {
    }

    /** The bank confirms it has no such order: the only answer that allows the transfer to be sent again. */
    record NoSuchOrder() implements InquiryAnswer {
    }

    /** No answer (timeout, 5xx, circuit open): ask again later. */
    record Unanswered(Optional<String> why) implements InquiryAnswer {
    }
}
