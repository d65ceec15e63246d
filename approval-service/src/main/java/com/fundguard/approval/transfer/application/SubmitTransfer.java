package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** The applicant's submission, with the idempotency key that makes a retried request harmless. */
public record SubmitTransfer(UUID enterpriseId, UUID applicantId, String idempotencyKey, TransferDetails details,
                             java.util.Optional<UUID> resubmissionOf) {

    public SubmitTransfer(UUID enterpriseId, UUID applicantId, String idempotencyKey, TransferDetails details) {
        this(enterpriseId, applicantId, idempotencyKey, details, java.util.Optional.empty());
    }

    /**
     * What "the same request" means for an idempotency key: the same applicant asking for the same content.
     * Records print their components in a fixed order and Money prints a normalised amount.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((applicantId + "|" + details + "|" + resubmissionOf).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
