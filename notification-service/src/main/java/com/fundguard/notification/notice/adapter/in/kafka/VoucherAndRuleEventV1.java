package com.fundguard.notification.notice.adapter.in.kafka;

import java.util.List;
import java.util.UUID;

/**
 * What this service reads of voucher-capture-service's and rules-service's published contracts (VoucherReuseSuspectedV1,
 * VoucherRejectedV1, RuleSetPublishedV1); unknown fields are ignored, so added fields do not break it.
 */
final class VoucherAndRuleEventV1 {

    private VoucherAndRuleEventV1() {
    }

    record ReuseSuspected(UUID voucherId, UUID transferId, UUID otherVoucherId, UUID otherTransferId, int distance) {
    }

    record Rejected(UUID refusalId, UUID uploadedBy, String reason, String detail, List<Shortfall> shortfalls) {

        record Shortfall(String check, double measured, double threshold) {
        }
    }

    record RuleSetPublished(UUID ruleSetId, int version, UUID publishedBy) {
    }
}
