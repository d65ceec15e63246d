package com.fundguard.notification.delivery.domain;

import com.fundguard.notification.notice.domain.NoticeKind;
import com.fundguard.notification.notice.domain.Relation;

/** What a notice is to its recipient; preferences choose channels per topic. */
public enum NoticeTopic {
    /** A step waits for the recipient's decision, or waits too long and is escalated to them. */
    APPROVAL_PENDING,
    /**
     * Money may have left or be lost (failed, outcome unknown, a voucher that may pay twice, a bank debit no approved
     * transfer explains): quiet hours do not hold it back.
     */
    MONEY_AT_RISK,
    /** Everything else about a transfer the recipient is concerned with. */
    TRANSFER_PROGRESS,
    /**
     * An error case of reconciliation (差错) the recipient's role works was opened, or passed its deadline unresolved:
     * work with a deadline. A bank debit no approved transfer explains is MONEY_AT_RISK instead.
     */
    ERROR_CASE,
    /** An error case was resolved: told for the record, nothing left to do (the inbox only, unless chosen otherwise). */
    ERROR_CASE_RESOLVED;

    public static NoticeTopic of(NoticeKind kind, Relation relation) {
        if (kind.moneyAtRisk()) {
            return MONEY_AT_RISK;
        }
        if (kind.followsUpAWaitingApproval()) {
            return APPROVAL_PENDING;
        }
        if (kind.aboutAnErrorCase()) {
            return kind == NoticeKind.DISCREPANCY_RESOLVED ? ERROR_CASE_RESOLVED : ERROR_CASE;
        }
        return relation == Relation.CURRENT_APPROVER && kind.startsAStep() ? APPROVAL_PENDING : TRANSFER_PROGRESS;
    }
}
