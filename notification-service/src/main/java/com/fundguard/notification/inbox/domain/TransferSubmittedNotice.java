package com.fundguard.notification.inbox.domain;

import java.util.UUID;

/**
 * What the applicant is told when their request is submitted. Only the masked payee account travels in events,
 * so no message can leak a full account number.
 */
public record TransferSubmittedNotice(UUID transferId, String reference, String amount, String currency,
                                      String payeeName, String maskedPayeeAccount) implements ApplicantNotice {

    @Override
    public String title() {
        return "Transfer " + reference + " submitted";
    }

    @Override
    public String body() {
        return "Your transfer request " + reference + " of " + amount + " " + currency + " to " + payeeName
                + " (" + maskedPayeeAccount + ") was submitted and awaits approval.";
    }
}
