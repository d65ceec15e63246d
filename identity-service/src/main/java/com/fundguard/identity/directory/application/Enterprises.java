package com.fundguard.identity.directory.application;

import com.fundguard.identity.directory.domain.Enterprise;
import java.util.Optional;
import java.util.UUID;

public interface Enterprises {

    void add(Enterprise enterprise);

    Optional<Enterprise> find(UUID enterpriseId);
}
