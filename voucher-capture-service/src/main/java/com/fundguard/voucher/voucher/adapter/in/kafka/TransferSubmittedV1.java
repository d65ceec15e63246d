package com.fundguard.voucher.voucher.adapter.in.kafka;

import java.util.List;
import java.util.UUID;

/**
 * This service's reading of approval-service's published {@code com.fundguard.transfer.submitted.v1}: only the
 * fields it needs (tolerant reader), so the producer may add fields without breaking it.
 */
record TransferSubmittedV1(UUID transferId, UUID applicantId, List<UUID> voucherIds, Route route) {

    static final String TYPE = "com.fundguard.transfer.submitted.v1";

    record Route(List<Step> steps) {
    }

    record Step(String role) {
    }
}
