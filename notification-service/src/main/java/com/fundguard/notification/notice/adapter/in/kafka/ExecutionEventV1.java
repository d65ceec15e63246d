package com.fundguard.notification.notice.adapter.in.kafka;

import java.util.UUID;

/**
 * This service's reading of bank-connector-service's execution events (claimed, executed, failed,
 * outcome-unknown; all V1): every one names the transfer's reference; {@code reasonCode} only failures carry, {@code why}
 * only unknown outcomes.
 */
record ExecutionEventV1(UUID transferId, String reference, String reasonCode, String why) {
}
