package com.fundguard.notification.notice.adapter.in.kafka;

import java.util.UUID;

/**
 * This service's reading of reconciliation-service's {@code transfer-settled.v1} (a statement line matched the executed
 * transfer): the transfer's id, as approval-service reads the same contract; everything told comes from the kept
 * transfer. Other fields the producer adds are ignored (tolerant reader).
 */
record TransferSettledV1(UUID transferId) {
}
