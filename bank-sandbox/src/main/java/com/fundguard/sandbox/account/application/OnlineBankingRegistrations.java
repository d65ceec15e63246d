package com.fundguard.sandbox.account.application;

import com.fundguard.sandbox.account.domain.OnlineBankingRegistration;
import java.util.Optional;

public interface OnlineBankingRegistrations {

    /** Registers or replaces the account's online banking. */
    void save(OnlineBankingRegistration registration);

    Optional<OnlineBankingRegistration> find(String accountNumber);
}
