package com.fundguard.approval.transfer.adapter.out.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published contract {@code com.fundguard.transfer.submitted.v1} on the {@code transfer} topic. Amounts are
 * decimal strings with an ISO 4217 currency. A change that breaks a reader gets a V2, never an edit here.
 */
public record TransferSubmittedV1(UUID transferId, String reference, UUID applicantId, String payerAccount,
                                  Payee payee, String amount, String currency, String purpose,
                                  LocalDate requestedExecutionDate, List<UUID> voucherIds, Instant submittedAt,
                                  RouteV1 route) {

    public static final String TYPE = "com.fundguard.transfer.submitted.v1";

    /** The payee as events carry it: the account masked, since every consumer and its logs read events. */
    public record Payee(String name, String maskedAccountNumber, String bankCode, String type) {
    }

    /** The route frozen at submission; {@code decidedBy} names the rule set and version that produced it. */
    public record RouteV1(String decidedBy, List<Step> steps, List<String> riskFlags) {
    }

    public record Step(String name, String role, int quorum) {
    }
}
