package com.fundguard.notification.notice.adapter.in.kafka;

import java.util.UUID;

/**
 * This service's reading of reconciliation-service's {@code transfer-returned.v1} (the bank returned a booked payment):
 * the transfer's id, as approval-service reads the same contract; everything told comes from the kept transfer. Other
 * fields the producer adds are ignored (tolerant reader).
 */
record TransferReturnedV1(UUID transferId) {
}
