package com.fundguard.notification.inbox.domain;

import java.util.UUID;

/** What the applicant is told as their request moves on after submission. */
public record TransferProgressNotice(Kind kind, UUID transferId, String reference, String reason) implements ApplicantNotice {

    public enum Kind {
        AUDITED("audited", "was audited and moves on."),
        STEP_APPROVED("approved at a step", "was approved at a step and moves on."),
        AUTHORIZED("authorized", "is authorized and will be executed at the bank."),
        REJECTED("rejected", "was rejected."),
        CANCELLED("cancelled", "was cancelled."),
        EXPIRED("expired", "expired undecided; the money did not move.");

        final String word;
        final String sentence;

        Kind(String word, String sentence) {
            this.word = word;
            this.sentence = sentence;
        }
    }

    @Override
    public String title() {
        return "Transfer " + reference + " " + kind.word;
    }

    @Override
    public String body() {
        String text = "Your transfer request " + reference + " " + kind.sentence;
        return reason == null || reason.isBlank() ? text : text + " Reason: " + reason;
    }
}
