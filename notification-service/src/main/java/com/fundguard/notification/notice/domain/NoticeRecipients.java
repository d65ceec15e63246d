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

    /** A step that starts waiting is the one after the event; a step that stops waiting is the one before it. */
    private static NoticedTransfer waitingStep(NoticeKind kind, NoticedTransfer before, NoticedTransfer after) {
        return kind.startsAStep() ? after : before;
    }
}
