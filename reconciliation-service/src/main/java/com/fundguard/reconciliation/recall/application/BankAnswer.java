package com.fundguard.reconciliation.recall.application;

/** What the bank said to a recall request, or that it said nothing readable. */
public sealed interface BankAnswer {

    record Accepted(String reversalReference) implements BankAnswer {
    }

    record Rejected(String reasonCode) implements BankAnswer {
    }

    record Pending() implements BankAnswer {
    }

    /** No answer: the request may or may not have reached the bank; the same request is sent again later. */
    record Unanswered(String why) implements BankAnswer {
    }
}
