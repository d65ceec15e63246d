package com.fundguard.bankconnector.audit.application;

import com.fundguard.crypto.chain.HashChain;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The enterprise's audit log in this service: append-only and hash-chained. Records are appended in the caller's
 * transaction, so an act and its audit record commit together or not at all. Nothing secret is ever recorded.
 */
public interface AuditTrail {

    /** Appends what happened ({@code kind}, its facts, when) to the enterprise's chain. */
    void record(UUID enterpriseId, String kind, Map<String, String> facts, Instant at);

    /** Checks the enterprise's whole chain. */
    HashChain.Verification verify(UUID enterpriseId);
}
