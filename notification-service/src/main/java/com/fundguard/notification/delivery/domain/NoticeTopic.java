package com.fundguard.notification.delivery.domain;

import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.notice.domain.Relation;

/** What a notice is to its recipient; preferences choose channels per topic. */
public enum NoticeTopic {
    /** A step waits for the recipient's decision, or waits too long and is escalated to them. */
    APPROVAL_PENDING,
    /** Money may have left or be lost (failed, outcome unknown): quiet hours do not hold it back. */
    MONEY_AT_RISK,
    /** Everything else about a transfer the recipient is concerned with. */
    TRANSFER_PROGRESS;

    public static NoticeTopic of(NoticeKind kind, Relation relation) {
        if (kind.moneyAtRisk()) {
            return MONEY_AT_RISK;
        }
        if (kind.followsUpAWaitingApproval()) {
            return APPROVAL_PENDING;
        }
        return relation == Relation.CURRENT_APPROVER && kind.startsAStep() ? APPROVAL_PENDING : TRANSFER_PROGRESS;
    }
}
