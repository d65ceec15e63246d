package com.fundguard.bankconnector.payeraccount.application;

import com.fundguard.bankconnector.payeraccount.domain.PayerAccount;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payer accounts of each enterprise; every lookup names the enterprise. */
public interface PayerAccounts {

    /** Adds the account unless the enterprise has it already; returns whether it added it. */
    boolean addIfAbsent(PayerAccount account);

    Optional<PayerAccount> find(UUID enterpriseId, String accountNumber);

    List<PayerAccount> all(UUID enterpriseId);
}
