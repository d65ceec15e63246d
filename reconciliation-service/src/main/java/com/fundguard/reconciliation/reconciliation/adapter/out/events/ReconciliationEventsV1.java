package com.fundguard.reconciliation.reconciliation.adapter.out.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published contracts on the {@code reconciliation} topic about transfers. approval-service reads {@code transferId};
 * bank-connector-service reads {@code transferId} and {@code bankReference} (an unknown outcome ends there too);
 * notification-service reads {@code transferId}. Amounts are decimal strings with their currency.
 */
final class ReconciliationEventsV1 {

    private ReconciliationEventsV1() {
    }

    record TransferSettledV1(UUID transferId, String endToEndId, String bankReference, String account, String amount, String currency,
                             LocalDate bookingDate, List<UUID> statementLineIds, String pass, String rule, boolean resolvedUnknownOutcome) {
        static final String TYPE = "com.fundguard.reconciliation.transfer-settled.v1";
    }

    record TransferReturnedV1(UUID transferId, String endToEndId, UUID caseId, String account, String amount, String currency,
                              LocalDate bookingDate, List<UUID> statementLineIds) {
        static final String TYPE = "com.fundguard.reconciliation.transfer-returned.v1";
    }
}
