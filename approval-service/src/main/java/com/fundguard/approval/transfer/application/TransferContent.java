package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferDetails;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.crypto.canonical.ConfirmationChallenge;
import com.fundguard.crypto.canonical.CanonicalJson;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content a decider approves, as canonical JSON (RFC 8785) and its SHA-256: the transfer's id and everything
 * that decides where money goes. A decision names this hash; if the content changed, the hash differs and the
 * decision is refused. Amounts are decimal strings, never JSON numbers, so no reader rounds them.
 */
public final class TransferContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        ObjectNode content = JSON.createObjectNode()
                .put("transferId", transferId.toString())
                .put("payerAccount", details.payerAccount())
                .put("amount", details.amount().amount().toPlainString())
                .put("currency", details.amount().currency().getCurrencyCode())
                .put("purpose", details.purpose())
                .put("requestedExecutionDate", details.requestedExecutionDate().toString());
        content.putObject("payee")
                .put("name", details.payee().name())
                .put("accountNumber", details.payee().accountNumber())
                .put("bankCode", details.payee().bankCode())
                .put("type", details.payee().type().name());
        var vouchers = content.putArray("voucherIds");
        details.voucherIds().forEach(id -> vouchers.add(id.toString()));
        return CanonicalJson.contentHash(JSON.writeValueAsString(content));
    }
}
