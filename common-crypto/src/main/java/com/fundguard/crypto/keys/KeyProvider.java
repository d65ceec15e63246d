package com.fundguard.crypto.keys;

import java.security.Provider;
import javax.crypto.SecretKey;

/**
 * Where key-encryption keys (KEKs) live: a PKCS#12 file for the local stack, a PKCS#11 token (HSM) in production.
 * A KEK may be a handle to a key that never leaves its token; it is used only through {@link #cipherProvider()}.
 */
public interface KeyProvider {

    /** The KEK that new envelopes are wrapped with. Older ids stay readable until their envelopes are re-wrapped. */
    String activeKeyId();

    /** The KEK of that id; throws {@link UnknownKeyException} when the provider does not hold it. */
    SecretKey key(String keyId);

    /** The JCA provider that performs cipher operations with this provider's keys. */
    Provider cipherProvider();
}
