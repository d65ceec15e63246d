package com.fundguard.notification.notice.adapter.in.kafka;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What this service reads of reconciliation-service's published error-case contracts ({@code discrepancy-opened.v1},
 * {@code discrepancy-escalated.v1}, {@code discrepancy-resolved.v1}), each field by its name; other fields (statement
 * lines, who proposed and approved, when) are ignored, so added fields do not break it. The account arrives in full
 * and is masked before anything is kept or told.
 *
 * @param deadline as the producer writes it (an instant, or a date-time with or without offset): ErrorCaseEventHandler
 *                 reads it onto the clock of the zone texts show times in
 */
final class ErrorCaseEventV1 {

    private ErrorCaseEventV1() {
    }

    record Opened(UUID caseId, String type, String account, BigDecimal amount, String currency, LocalDate transactionDate,
                  String deadline, List<UUID> transferIds) {
    }

    /**
     * @param owner who took the case; absent when nobody has
     * @param state OPEN, or RESOLUTION_PROPOSED when a resolution waits for a second person's approval
     */
    record Escalated(UUID caseId, String type, String account, BigDecimal amount, String currency, String deadline,
                     UUID owner, String state) {
    }

    record Resolved(UUID caseId, String type, String account, BigDecimal amount, String currency, String resolution) {
    }
}
