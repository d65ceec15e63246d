package com.fundguard.bank.signing;

import java.security.cert.X509Certificate;

/**
 * The UKEY: the enterprise's signing key held in a token, used to sign a payment order the bank will check against
 * the certificate registered for the payer account. The PIN unlocks the token for one signature only and is wiped
 * afterwards, as far as the JVM allows (the array the caller passes, and the copies handed to the token).
 */
public interface SigningToken {

    /**
     * A detached CMS signature of {@code document}.
     *
     * @param pin wiped before this method returns, whether it signed or not
     * @throws SigningRefusedException when the token refuses the PIN or has no such key
     */
    OrderSignature sign(byte[] document, char[] pin);

    /** The certificate of the signing key, as the bank has it registered. */
    X509Certificate certificate(char[] pin);
}
