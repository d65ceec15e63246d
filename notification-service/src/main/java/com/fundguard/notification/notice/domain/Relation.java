package com.fundguard.notification.notice.domain;

/** Why a person is told of a transfer. */
public enum Relation {
    /** Asked for it; every transfer event names them (execution events through the transfer this service keeps). */
    APPLICANT,
    /** Holds the role of the step that waits for a decision now. */
    CURRENT_APPROVER,
    /** Decided on it, as far as the events name the decider (rejections and cancellations do; approvals do not). */
    DECIDER,
    /** Holds a role of any step of its route: told when money is at risk, since approvals name no decider. */
    ROUTE_APPROVER,
    /** Told that a step waits too long after its approvers were reminded: the next step's approvers, else the admins. */
    ESCALATION_TARGET,
    /**
     * Holds one of the enterprise's roles that answer for its money or its rules, whatever the transfer
     * ({@link NoticeRecipients#enterpriseRoles}): told of suspected voucher reuse and of published rule sets; and the
     * roles that work reconciliation's error cases ({@link NoticeRecipients#errorCaseRoles}).
     */
    ENTERPRISE_ROLE_HOLDER,
    /** Uploaded a file that was refused as a voucher. */
    UPLOADER
}
