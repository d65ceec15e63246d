package com.fundguard.notification.notice.domain;

import static com.fundguard.notification.notice.domain.Relation.APPLICANT;
import static com.fundguard.notification.notice.domain.Relation.CURRENT_APPROVER;
import static com.fundguard.notification.notice.domain.Relation.DECIDER;
import static com.fundguard.notification.notice.domain.Relation.ENTERPRISE_ROLE_HOLDER;
import static com.fundguard.notification.notice.domain.Relation.ESCALATION_TARGET;
import static com.fundguard.notification.notice.domain.Relation.ROUTE_APPROVER;
import static com.fundguard.notification.notice.domain.Relation.UPLOADER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What happened to a transfer, with whom it concerns. Approvers of the step that waits are told when a step starts
 * waiting for them and when it stops waiting (cancelled, expired); results go to the applicant and the deciders.
 * The last two kinds are this service's own follow-ups of a step that waits too long (package {@code reminder}).
 * Error cases of reconciliation concern no one transfer's people but the enterprise's roles that work them.
 */
public enum NoticeKind {
    TRANSFER_SUBMITTED("com.fundguard.transfer.submitted.v1", false, EnumSet.of(APPLICANT, CURRENT_APPROVER)),
    TRANSFER_AUDITED("com.fundguard.transfer.audited.v1", false, EnumSet.of(APPLICANT, CURRENT_APPROVER)),
    TRANSFER_STEP_APPROVED("com.fundguard.transfer.step-approved.v1", false, EnumSet.of(APPLICANT, CURRENT_APPROVER)),
    TRANSFER_AUTHORIZED("com.fundguard.transfer.authorized.v1", false, EnumSet.of(APPLICANT, DECIDER)),
    TRANSFER_REJECTED("com.fundguard.transfer.rejected.v1", false, EnumSet.of(APPLICANT, DECIDER)),
    TRANSFER_CANCELLED("com.fundguard.transfer.cancelled.v1", false, EnumSet.of(APPLICANT, CURRENT_APPROVER, DECIDER)),
    TRANSFER_EXPIRED("com.fundguard.transfer.expired.v1", false, EnumSet.of(APPLICANT, CURRENT_APPROVER, DECIDER)),
    EXECUTION_CLAIMED("com.fundguard.execution.claimed.v1", false, EnumSet.of(APPLICANT)),
    EXECUTION_EXECUTED("com.fundguard.execution.executed.v1", false, EnumSet.of(APPLICANT, DECIDER)),
    EXECUTION_FAILED("com.fundguard.execution.failed.v1", true, EnumSet.of(APPLICANT, DECIDER, ROUTE_APPROVER)),
    EXECUTION_OUTCOME_UNKNOWN("com.fundguard.execution.outcome-unknown.v1", true, EnumSet.of(APPLICANT, DECIDER, ROUTE_APPROVER)),
    /** reconciliation-service found the payment booked on the bank statement: the transfer is settled, its end. */
    RECONCILIATION_TRANSFER_SETTLED("com.fundguard.reconciliation.transfer-settled.v1", false, EnumSet.of(APPLICANT, DECIDER)),
    /** A voucher of a transfer looks like one already used on another transfer: a double payment, if nobody stops it. */
    VOUCHER_REUSE_SUSPECTED("com.fundguard.voucher.reuse-suspected.v1", true, EnumSet.of(CURRENT_APPROVER, ENTERPRISE_ROLE_HOLDER)),
    /** An upload was refused as a voucher: only the uploader can take a better picture. */
    VOUCHER_REJECTED("com.fundguard.voucher.rejected.v1", false, EnumSet.of(UPLOADER)),
    /** The rules deciding who must approve what changed: those who answer for them are told. */
    RULE_SET_PUBLISHED("com.fundguard.rules.rule-set-published.v1", false, EnumSet.of(ENTERPRISE_ROLE_HOLDER)),
    /** The bank returned a booked payment (reconciliation found the credit): the money is back, the payee was not paid. */
    RECONCILIATION_TRANSFER_RETURNED("com.fundguard.reconciliation.transfer-returned.v1", false, EnumSet.of(APPLICANT, DECIDER)),
    /**
     * An error case of type BANK_DEBIT_WITHOUT_TRANSFER was opened: the bank debited the account and no approved
     * transfer explains it, possibly a payment made around the platform. Money at risk: the AUTHORIZERs at once. It
     * shares its event type with {@link #DISCREPANCY_OPENED} and has a key (and preferences) of its own.
     */
    DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER("com.fundguard.reconciliation.discrepancy-opened.v1",
            "reconciliation.bank-debit-without-transfer", true, EnumSet.of(ENTERPRISE_ROLE_HOLDER)),
    /** An error case of any other type was opened: who works it depends on its type (NoticeRecipients#errorCaseRoles). */
    DISCREPANCY_OPENED("com.fundguard.reconciliation.discrepancy-opened.v1", "reconciliation.discrepancy-opened", false,
            EnumSet.of(ENTERPRISE_ROLE_HOLDER)),
    /** An error case passed its deadline unresolved: the AUTHORIZERs are told. */
    DISCREPANCY_ESCALATED("com.fundguard.reconciliation.discrepancy-escalated.v1", false, EnumSet.of(ENTERPRISE_ROLE_HOLDER)),
    /** An error case was resolved (one person proposed, another approved): the AUDITORs are told, for the record. */
    DISCREPANCY_RESOLVED("com.fundguard.reconciliation.discrepancy-resolved.v1", false, EnumSet.of(ENTERPRISE_ROLE_HOLDER)),
    /** No event: the reminder scan finds a step waiting longer than the enterprise's setting and reminds its approvers. */
    APPROVAL_REMINDER(null, "approval.reminder", EnumSet.of(CURRENT_APPROVER)),
    /** No event: the reminded approvers still did not decide; the next step's approvers or the admins are told. */
    APPROVAL_ESCALATED(null, "approval.escalated", EnumSet.of(ESCALATION_TARGET));

    private final String eventType;
    private final String templateKey;
    private final boolean moneyAtRisk;
    private final Set<Relation> told;

    NoticeKind(String eventType, boolean moneyAtRisk, Set<Relation> told) {
        this.eventType = eventType;
        this.templateKey = eventType.substring("com.fundguard.".length(), eventType.length() - ".v1".length());
        this.moneyAtRisk = moneyAtRisk;
        this.told = told;
    }

    /** A kind that shares its event type with another and is told by what the event says, under a key of its own. */
    NoticeKind(String eventType, String templateKey, boolean moneyAtRisk, Set<Relation> told) {
        this.eventType = eventType;
        this.templateKey = templateKey;
        this.moneyAtRisk = moneyAtRisk;
        this.told = told;
    }

    /** A notice of this service's own follow-ups, told of no consumed event. */
    NoticeKind(String noEventType, String templateKey, Set<Relation> told) {
        this.eventType = noEventType;
        this.templateKey = templateKey;
        this.moneyAtRisk = false;
        this.told = told;
    }

    /**
     * The kinds that tell of a consumed platform event. An event type has one handler: two kinds share
     * {@code discrepancy-opened.v1}, the event's case type choosing between them ({@link #ofOpenedErrorCase}).
     */
    public static List<NoticeKind> consumed() {
        return Arrays.stream(values()).filter(kind -> kind.eventType != null).toList();
    }

    /** An opened error case of this type (its code as reconciliation-service names it) is told as this kind. */
    public static NoticeKind ofOpenedErrorCase(String caseType) {
        return ErrorCaseType.BANK_DEBIT_WITHOUT_TRANSFER.name().equals(caseType)
                ? DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER : DISCREPANCY_OPENED;
    }

    /** The platform event this notice tells of; the follow-ups ({@link #followsUpAWaitingApproval()}) tell of none. */
    public String eventType() {
        if (eventType == null) {
            throw new IllegalStateException(name() + " is told by the reminder scan, not of a platform event");
        }
        return eventType;
    }

    /** A reminder or an escalation about a step that waits too long. */
    public boolean followsUpAWaitingApproval() {
        return this == APPROVAL_REMINDER || this == APPROVAL_ESCALATED;
    }

    /** Tells of one transfer, whose reference, amount and payee its texts name (not a refused upload, not rules). */
    public boolean aboutATransfer() {
        return this != VOUCHER_REJECTED && this != RULE_SET_PUBLISHED && !aboutAnErrorCase();
    }

    /** Tells of an error case of reconciliation (差错): its account, amount, date and deadline, not a transfer's. */
    public boolean aboutAnErrorCase() {
        return this == DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER || this == DISCREPANCY_OPENED
                || this == DISCREPANCY_ESCALATED || this == DISCREPANCY_RESOLVED;
    }

    /** The money may have left or be lost: quiet hours do not hold it back. */
    public boolean moneyAtRisk() {
        return moneyAtRisk;
    }

    public Set<Relation> told() {
        return EnumSet.copyOf(told);
    }

    /** Approves a step or submits: a step starts waiting. Otherwise a waiting step, if any, stops waiting. */
    public boolean startsAStep() {
        return this == TRANSFER_SUBMITTED || this == TRANSFER_AUDITED || this == TRANSFER_STEP_APPROVED;
    }

    /** The key of its texts in the {@code notices} bundle, e.g. {@code execution.outcome-unknown}. */
    public String templateKey() {
        return templateKey;
    }
}
