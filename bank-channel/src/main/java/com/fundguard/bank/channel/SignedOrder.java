package com.fundguard.bank.channel;

import com.fundguard.bank.signing.OrderSignature;
import java.util.Objects;

/**
 * A pain.001 document and the UKEY's detached signature over exactly those bytes.
 *
 * @param debtorAccount the payer account, as in the document (names the login and the registered certificate)
 * @param endToEndId    the order's end-to-end id, as in the document
 */
public record SignedOrder(String debtorAccount, String endToEndId, byte[] document, OrderSignature signature) {

    public SignedOrder {
        Objects.requireNonNull(debtorAccount);
        Objects.requireNonNull(endToEndId);
        Objects.requireNonNull(document);
        Objects.requireNonNull(signature);
    }
}
