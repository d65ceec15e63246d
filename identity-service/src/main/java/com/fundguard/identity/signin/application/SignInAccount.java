package com.fundguard.identity.signin.application;

import com.fundguard.identity.signin.domain.SignInThrottle;
import java.util.UUID;

/** What sign-in needs of a person: who, the stored password hash, and the lockout state. */
public record SignInAccount(UUID userId, UUID enterpriseId, String passwordHash, SignInThrottle throttle) {

    @Override
    public String toString() {
        return "SignInAccount[userId=" + userId + ", enterpriseId=" + enterpriseId + ", passwordHash=(hidden)]";
    }
}
