package com.fundguard.identity.secondfactor.application;

import java.util.UUID;

/**
 * Verifies a WebAuthn assertion made by one of the person's passkeys over a given challenge: the authenticator
 * signed exactly those bytes, for this relying party and origin, with a credential registered to this person.
 */
public interface PasskeyAssertions {

    /** @throws com.fundguard.identity.secondfactor.domain.SecondFactorRefused when it does not */
    void verify(UUID userId, byte[] challenge, String assertionJson);
}
