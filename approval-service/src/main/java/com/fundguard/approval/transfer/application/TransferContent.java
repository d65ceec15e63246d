package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.crypto.canonical.ConfirmationChallenge;
import com.fundguard.crypto.canonical.ApprovedContent;
import java.util.UUID;

/**
 * The content a decider approves, as canonical JSON (RFC 8785) and its SHA-256: the transfer's id and everything
 * that decides where money goes. A decision names this hash; if the content changed, the hash differs and the
 * decision is refused. Amounts are decimal strings, never JSON numbers, so no reader rounds them.
 */
public final class TransferContent {

    private TransferContent() {
    }

    /**
     * The challenge a decider's second factor confirms for the request's pending step, computed from the request's
     * details as they are now: a stored amount changed behind the service's back changes the challenge.
     */
    public static String confirmationChallenge(TransferRequest request) {
        TransferDetails details = request.details();
        return ConfirmationChallenge.of(request.id(), request.currentStep(), details.amount().amount(), details.amount().currency(),
                details.payee().accountNumber(), hash(request.id(), details));
    }

    public static String hash(UUID transferId, TransferDetails details) {
        return new ApprovedContent(transferId, details.payerAccount(), details.payee().name(), details.payee().accountNumber(),
                details.payee().bankCode(), details.payee().type().name(), details.amount().amount(), details.amount().currency(),
                details.purpose(), details.requestedExecutionDate(), details.voucherIds()).hash();
    }
}
