package com.fundguard.reconciliation.close.application;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Which lines an open discrepancy case holds (discrepancy's cases). */
public interface OpenCases {

    Set<UUID> inOpenCases(UUID enterpriseId, Collection<UUID> statementLineIds);
}
