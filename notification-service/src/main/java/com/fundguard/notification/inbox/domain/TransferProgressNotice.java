package com.fundguard.notification.inbox.domain;

import java.util.UUID;

/** What the applicant is told as their request moves on after submission. */
public record TransferProgressNotice(Kind kind, UUID transferId, String reference, String reason) implements ApplicantNotice {

    public enum Kind {
        AUDITED("audited", "audited", "was audited and moves on."),
        STEP_APPROVED("step-approved", "approved at a step", "was approved at a step and moves on."),
        AUTHORIZED("authorized", "authorized", "is authorized and will be executed at the bank."),
        REJECTED("rejected", "rejected", "was rejected."),
        CANCELLED("cancelled", "cancelled", "was cancelled."),
        EXPIRED("expired", "expired", "expired undecided; the money did not move.");

        private final String eventName;
        final String word;
        final String sentence;

        Kind(String eventName, String word, String sentence) {
            this.eventName = eventName;
            this.word = word;
            this.sentence = sentence;
        }

        /** The name in approval-service's event type {@code com.fundguard.transfer.<name>.v1}. */
        public String eventName() {
            return eventName;
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
