package com.fundguard.notification.notice.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing that happened to one transfer (or rule set, refused upload, error case), with what its texts need. Only the masked payee account travels in
 * events, so no notice can carry a full account number.
 *
 * @param causedBy the id of the platform event; one event gives a person at most one notice
 * @param subjectId what the notice is about, the topic of its deliveries: the transfer, the published rule set,
 *                  the refused upload or the error case
 * @param reference how the texts name the subject: a transfer's reference (its id when this service never heard of
 *                  the transfer), a rule set's version, a refused upload's id
 * @param maskedPayeeAccount the payee's masked account; for an error case the enterprise's own account, masked
 * @param reason   a rejection's reason, a failure's reason code or why the outcome is unknown, an error case's type;
 *                 empty otherwise
 * @param waited   how long the step followed up has waited (reminders and escalations only)
 */
public record Notice(NoticeKind kind, String causedBy, UUID enterpriseId, UUID subjectId, String reference,
                     Optional<String> amount, Optional<String> currency, Optional<String> payeeName,
                     Optional<String> maskedPayeeAccount, Optional<String> reason, Optional<Duration> waited,
                     List<String> facts) {

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(causedBy);
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(waited);
        facts = List.copyOf(facts);
    }

    /** A notice of a transfer's event or follow-up: no facts of its own kind. */
    public Notice(NoticeKind kind, String causedBy, UUID enterpriseId, UUID subjectId, String reference,
                  Optional<String> amount, Optional<String> currency, Optional<String> payeeName,
                  Optional<String> maskedPayeeAccount, Optional<String> reason, Optional<Duration> waited) {
        this(kind, causedBy, enterpriseId, subjectId, reference, amount, currency, payeeName, maskedPayeeAccount, reason,
                waited, List.of());
    }

    /** A notice of an event: nothing has waited. */
    public Notice(NoticeKind kind, String causedBy, UUID enterpriseId, UUID subjectId, String reference,
                  Optional<String> amount, Optional<String> currency, Optional<String> payeeName,
                  Optional<String> maskedPayeeAccount, Optional<String> reason) {
        this(kind, causedBy, enterpriseId, subjectId, reference, amount, currency, payeeName, maskedPayeeAccount, reason,
                Optional.empty());
    }

    public static Notice of(NoticeKind kind, String causedBy, NoticedTransfer transfer, Optional<String> reason) {
        return new Notice(kind, causedBy, transfer.enterpriseId(), transfer.transferId(), transfer.reference(),
                Optional.ofNullable(transfer.amount()), Optional.ofNullable(transfer.currency()),
                Optional.ofNullable(transfer.payeeName()), Optional.ofNullable(transfer.maskedPayeeAccount()), reason);
    }

    /**
     * A reminder or escalation about the step of {@code transfer} that has waited {@code waited} (wall-clock time, as
     * a person counts it; the policy counts business time). {@code causedBy} names the follow-up: it is told once.
     */
    public static Notice followUp(NoticeKind kind, String causedBy, NoticedTransfer transfer, Duration waited) {
        if (!kind.followsUpAWaitingApproval()) {
            throw new IllegalArgumentException(kind + " is not a follow-up of a waiting approval");
        }
        return new Notice(kind, causedBy, transfer.enterpriseId(), transfer.transferId(), transfer.reference(),
                Optional.ofNullable(transfer.amount()), Optional.ofNullable(transfer.currency()),
                Optional.ofNullable(transfer.payeeName()), Optional.ofNullable(transfer.maskedPayeeAccount()),
                Optional.empty(), Optional.of(waited));
    }

    /**
     * A voucher of transfer {@code transferId} looks like one already used on another transfer, named by
     * {@code otherReference} (its reference, or its id when this service never heard of it); {@code distance} how far
     * their pictures differ. What this service keeps of the transfer, if anything, names it; else its id does.
     */
    public static Notice voucherReuseSuspected(String causedBy, UUID enterpriseId, UUID transferId,
                                               Optional<NoticedTransfer> transfer, String otherReference, int distance) {
        return new Notice(NoticeKind.VOUCHER_REUSE_SUSPECTED, causedBy, enterpriseId, transferId,
                transfer.map(NoticedTransfer::reference).orElse(transferId.toString()),
                transfer.map(NoticedTransfer::amount), transfer.map(NoticedTransfer::currency),
                transfer.map(NoticedTransfer::payeeName), transfer.map(NoticedTransfer::maskedPayeeAccount),
                Optional.empty(), Optional.empty(), List.of(otherReference, Integer.toString(distance)));
    }

    /**
     * An upload refused as a voucher: {@code reason} the refusal's code, {@code detail} what the checks found,
     * {@code shortfalls} the quality checks missed, each as "check measured / threshold".
     */
    public static Notice voucherRejected(String causedBy, UUID enterpriseId, UUID refusalId, String reason,
                                         Optional<String> detail, List<String> shortfalls) {
        return new Notice(NoticeKind.VOUCHER_REJECTED, causedBy, enterpriseId, refusalId, refusalId.toString(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(reason),
                Optional.empty(), List.of(detail.orElse(""), String.join("; ", shortfalls)));
    }

    /** Version {@code version} of the enterprise's rules, {@code ruleSetId}, was published. */
    public static Notice ruleSetPublished(String causedBy, UUID enterpriseId, UUID ruleSetId, int version) {
        return new Notice(NoticeKind.RULE_SET_PUBLISHED, causedBy, enterpriseId, ruleSetId, Integer.toString(version),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /**
     * An error case was opened, escalated or resolved. The case is its subject (deliveries' topic) and reference; the
     * texts name its masked account (in the masked-account argument), amount, type ({@code reason}) and, as facts, its
     * transaction date, deadline, the transfers it concerns ({@code transfers}: references, or ids where this service
     * never heard of them) and {@code detail}: a resolution's text, or how an escalated case stands (an
     * {@link ErrorCaseStanding}'s name, which has a text of its own). A fact not known is left empty and reads "not known".
     */
    public static Notice errorCase(NoticeKind kind, String causedBy, ErrorCase errorCase, List<String> transfers,
                                   Optional<String> detail) {
        if (!kind.aboutAnErrorCase()) {
            throw new IllegalArgumentException(kind + " does not tell of an error case");
        }
        return new Notice(kind, causedBy, errorCase.enterpriseId(), errorCase.caseId(), errorCase.caseId().toString(),
                errorCase.amount(), errorCase.currency(), Optional.empty(), errorCase.maskedAccount(),
                Optional.of(errorCase.type()), Optional.empty(), List.of(
                        errorCase.transactionDate().map(LocalDate::toString).orElse(""),
                        errorCase.deadline().map(DEADLINE::format).orElse(""),
                        String.join(", ", transfers),
                        detail.orElse("")));
    }

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public boolean moneyAtRisk() {
        return kind.moneyAtRisk();
    }
}
