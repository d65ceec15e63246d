package com.fundguard.notification.inbox.adapter.in.kafka;

import java.util.UUID;

/**
 * This service's reading of approval-service's audited, step-approved, authorized, rejected, cancelled and expired
 * events (all V1): the fields it needs; {@code reason} only rejections carry.
 */
record TransferProgressV1(UUID transferId, String reference, UUID applicantId, String reason) {
}
