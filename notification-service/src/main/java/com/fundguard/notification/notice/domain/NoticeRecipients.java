package com.fundguard.notification.notice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is told of a notice: the relations its kind names, resolved against the transfer and the people holding each
 * role in the transfer's own enterprise. Nobody of another enterprise can be listed: the applicant and deciders come
 * from that enterprise's events and role holders from its directory. One person is told once, under the first
 * relation that names them (applicant before approver before decider).
 */
public final class NoticeRecipients {

    private NoticeRecipients() {
    }

    /** The roles whose holders the directory must be asked for (none when the kind tells no approver). */
    public static Set<String> rolesToAsk(NoticeKind kind, NoticedTransfer before, NoticedTransfer after) {
        Set<String> roles = new TreeSet<>();
        if (kind.told().contains(Relation.CURRENT_APPROVER)) {
            waitingStep(kind, before, after).currentStepRole().ifPresent(roles::add);
        }
        if (kind.told().contains(Relation.ROUTE_APPROVER)) {
            roles.addAll(after.routeRoles());
        }
        return roles;
    }

    /**
     * @param transferBefore the transfer as it stood before the event; {@code transferAfter} as it stands after
     * @param holdersByRole  the enterprise's people per role asked for ({@link #rolesToAsk})
     * @param enterpriseLocale the language of whoever the directory gives none
     */
    public static List<Recipient> of(NoticeKind kind, NoticedTransfer transferBefore, NoticedTransfer transferAfter,
                                     Map<String, List<Person>> holdersByRole, Locale enterpriseLocale) {
        Map<UUID, Optional<Locale>> known = new LinkedHashMap<>();
        holdersByRole.values().forEach(people -> people.forEach(p -> known.merge(p.id(), p.locale(), (a, b) -> a.or(() -> b))));
        Map<UUID, Recipient> told = new LinkedHashMap<>();
        for (Relation relation : kind.told()) {
            for (UUID person : people(relation, kind, transferBefore, transferAfter, holdersByRole)) {
                Locale locale = known.getOrDefault(person, Optional.empty()).orElse(enterpriseLocale);
                told.putIfAbsent(person, new Recipient(person, relation, locale));
            }
        }
        return List.copyOf(told.values());
    }

    private static List<UUID> people(Relation relation, NoticeKind kind, NoticedTransfer before, NoticedTransfer after,
                                     Map<String, List<Person>> holdersByRole) {
        List<UUID> ids = new ArrayList<>();
        switch (relation) {
            case APPLICANT -> ids.add(after.applicantId());
            case CURRENT_APPROVER -> waitingStep(kind, before, after).currentStepRole()
                    .ifPresent(role -> holdersByRole.getOrDefault(role, List.of()).forEach(p -> ids.add(p.id())));
            case DECIDER -> ids.addAll(new TreeSet<>(after.deciders()));
            case ROUTE_APPROVER -> after.stepRoles().forEach(role ->
                    holdersByRole.getOrDefault(role, List.of()).forEach(p -> ids.add(p.id())));
            case ESCALATION_TARGET -> {
                // chosen by the reminder scan (EscalationTarget), never named by an event
            }
            case ENTERPRISE_ROLE_HOLDER, UPLOADER ->
                    throw new IllegalArgumentException(kind + " is an enterprise event: see ofEnterpriseEvent");
        }
        return ids;
    }

    /**
     * The enterprise's roles told whatever the transfer ({@link Relation#ENTERPRISE_ROLE_HOLDER}): AUTHORIZERs release
     * the money, so they hear of a voucher that may pay twice; rules decide who must approve what, so both those who
     * administer the enterprise and those who release its money hear of a new version. The publisher holds one of these
     * roles and is told like the others: the message is the enterprise's record of the change, and a publication made
     * in their name without them (a stolen session) shows in their own inbox.
     */
    public static Set<String> enterpriseRoles(NoticeKind kind) {
        return switch (kind) {
            case VOUCHER_REUSE_SUSPECTED -> Set.of("AUTHORIZER");
            case RULE_SET_PUBLISHED -> Set.of("ENTERPRISE_ADMIN", "AUTHORIZER");
            default -> Set.of();
        };
    }

    /** The roles to ask for a voucher or rules notice: the waiting step's of the transfer, if known, and the kind's. */
    public static Set<String> rolesToAsk(NoticeKind kind, Optional<NoticedTransfer> transfer) {
        Set<String> roles = new TreeSet<>(enterpriseRoles(kind));
        if (kind.told().contains(Relation.CURRENT_APPROVER)) {
            transfer.flatMap(NoticedTransfer::currentStepRole).ifPresent(roles::add);
        }
        return roles;
    }

    /**
     * Who is told of a voucher or rules event, which names no applicant: the approvers of the step that waits on
     * {@code transfer} (when this service knows it), the holders of the kind's enterprise roles, and the person the
     * event names ({@code uploader}). One person is told once, under the first relation that names them.
     */
    public static List<Recipient> ofEnterpriseEvent(NoticeKind kind, Optional<NoticedTransfer> transfer,
                                                    Optional<UUID> uploader, Map<String, List<Person>> holdersByRole,
                                                    Locale enterpriseLocale) {
        Map<UUID, Optional<Locale>> known = new LinkedHashMap<>();
        holdersByRole.values().forEach(people -> people.forEach(p -> known.merge(p.id(), p.locale(), (a, b) -> a.or(() -> b))));
        Map<UUID, Recipient> told = new LinkedHashMap<>();
        for (Relation relation : kind.told()) {
            List<UUID> ids = new ArrayList<>();
            switch (relation) {
                case CURRENT_APPROVER -> transfer.flatMap(NoticedTransfer::currentStepRole)
                        .ifPresent(role -> holdersByRole.getOrDefault(role, List.of()).forEach(p -> ids.add(p.id())));
                case ENTERPRISE_ROLE_HOLDER -> new TreeSet<>(enterpriseRoles(kind)).forEach(role ->
                        holdersByRole.getOrDefault(role, List.of()).forEach(p -> ids.add(p.id())));
                case UPLOADER -> uploader.ifPresent(ids::add);
                default -> throw new IllegalArgumentException(kind + " tells of a transfer's progress, not an enterprise event");
            }
            for (UUID person : ids) {
                Locale locale = known.getOrDefault(person, Optional.empty()).orElse(enterpriseLocale);
                told.putIfAbsent(person, new Recipient(person, relation, locale));
            }
        }
        return List.copyOf(told.values());
    }

    /**
     * The enterprise's roles told of an error case, by what happened to it and its type. AUTHORIZERs release the
     * enterprise's money, AUDITORs (accounting supervisors) keep its books and work its cases:
     * <ul>
     *   <li>a bank debit no approved transfer explains: the AUTHORIZERs, at once (a payment around the platform is
     *       theirs to stop and answer for);</li>
     *   <li>a duplicate debit, an amount that differs, a returned payment: money moved otherwise than approved, so
     *       both;</li>
     *   <li>a transfer the bank has not debited by the cut-off, a fee: bookkeeping, the AUDITORs;</li>
     *   <li>an unknown outcome a statement line settled: nobody. The case was opened and closed at once, with the line
     *       as evidence; the transfer's applicant and deciders hear that it is booked through {@code transfer-settled},
     *       which reconciliation-service publishes for the same line;</li>
     *   <li>a type added after this service was built: both, rather than nobody;</li>
     *   <li>escalated (past its deadline): the AUTHORIZERs; resolved: the AUDITORs, for the record (no one for a case
     *       resolved automatically, as above).</li>
     * </ul>
     */
    public static Set<String> errorCaseRoles(NoticeKind kind, String caseType) {
        Optional<ErrorCaseType> type = ErrorCaseType.of(caseType);
        if (type.equals(Optional.of(ErrorCaseType.UNKNOWN_OUTCOME_RESOLVED))) {
            return Set.of();
        }
        return switch (kind) {
            case DISCREPANCY_BANK_DEBIT_WITHOUT_TRANSFER, DISCREPANCY_ESCALATED -> Set.of("AUTHORIZER");
            case DISCREPANCY_RESOLVED -> Set.of("AUDITOR");
            case DISCREPANCY_OPENED -> type.map(known -> switch (known) {
                case BANK_DEBIT_WITHOUT_TRANSFER -> Set.of("AUTHORIZER");
                case DUPLICATE_DEBIT, AMOUNT_MISMATCH, RETURNED_PAYMENT -> Set.of("AUTHORIZER", "AUDITOR");
                case TRANSFER_WITHOUT_BANK_DEBIT, FEE -> Set.of("AUDITOR");
                case UNKNOWN_OUTCOME_RESOLVED -> Set.<String>of();
            }).orElse(Set.of("AUTHORIZER", "AUDITOR"));
            default -> throw new IllegalArgumentException(kind + " does not tell of an error case");
        };
    }

    /**
     * Who is told of an error case: the holders of its roles ({@link #errorCaseRoles}) in the case's own enterprise,
     * each once (AUDITORs first, then AUTHORIZERs), in their language or else the enterprise's.
     */
    public static List<Recipient> ofErrorCase(NoticeKind kind, String caseType, Map<String, List<Person>> holdersByRole,
                                              Locale enterpriseLocale) {
        Map<UUID, Recipient> told = new LinkedHashMap<>();
        for (String role : new TreeSet<>(errorCaseRoles(kind, caseType))) {
            for (Person person : holdersByRole.getOrDefault(role, List.of())) {
                told.putIfAbsent(person.id(), new Recipient(person.id(), Relation.ENTERPRISE_ROLE_HOLDER,
                        person.locale().orElse(enterpriseLocale)));
            }
        }
        return List.copyOf(told.values());
    }

    /** A step that starts waiting is the one after the event; a step that stops waiting is the one before it. */
    private static NoticedTransfer waitingStep(NoticeKind kind, NoticedTransfer before, NoticedTransfer after) {
        return kind.startsAStep() ? after : before;
    }
}
