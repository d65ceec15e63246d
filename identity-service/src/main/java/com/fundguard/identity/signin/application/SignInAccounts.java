package com.fundguard.identity.signin.application;

import com.fundguard.identity.signin.domain.SignInThrottle;
import java.util.Optional;
import java.util.UUID;

public interface SignInAccounts {

    Optional<SignInAccount> find(UUID enterpriseId, String username);

    void record(UUID userId, SignInThrottle throttle);
}
