package com.fundguard.crypto.canonical;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The challenge a decider's second factor is bound to (PSD2 dynamic linking): SHA-256 over the canonical JSON
 * (RFC 8785) of the transfer id, the approval step, the amount as a decimal string, the currency, the payee account
 * and the transfer's content hash. One definition for both sides: identity-service binds codes and proofs to it,
 * approval-service recomputes it from the transfer as it is when the decision arrives.
 */
public final class ConfirmationChallenge {

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9 -]{1,64}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private ConfirmationChallenge() {
    }

    public static String of(UUID transferId, int step, BigDecimal amount, Currency currency, String payeeAccount, String contentHash) {
        if (!ACCOUNT.matcher(payeeAccount).matches()) {
            throw new IllegalArgumentException("payeeAccount is 1 to 64 letters, digits, spaces or '-'");
        }
        if (!HASH.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("contentHash is a lower-case hex SHA-256");
        }
        // Every value is a JSON string whose characters need no escaping (checked above), so the text is exact.
        String json = "{\"amount\":\"" + amount.stripTrailingZeros().toPlainString() + "\",\"contentHash\":\"" + contentHash
                + "\",\"currency\":\"" + currency.getCurrencyCode() + "\",\"payeeAccount\":\"" + payeeAccount
                + "\",\"step\":" + step + ",\"transferId\":\"" + transferId + "\"}";
        return CanonicalJson.contentHash(json);
    }
}
