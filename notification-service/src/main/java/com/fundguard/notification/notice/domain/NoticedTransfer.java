package com.fundguard.notification.notice.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What this service keeps of a transfer to tell people about it: the facts a text needs, the route's roles, the step
 * that waits now and who decided on it. Execution events name neither applicant nor payee, so they are read from here.
 *
 * @param amount      decimal string as the events carry it; null when the submission was never seen
 * @param stepRoles   the route's roles in order (AUDITOR, AUTHORIZER...); empty when the submission was never seen
 * @param currentStep index into {@code stepRoles} of the step that waits; {@code stepRoles.size()} once none waits
 */
public record NoticedTransfer(UUID enterpriseId, UUID transferId, String reference, UUID applicantId, String amount,
                              String currency, String payeeName, String maskedPayeeAccount, List<String> stepRoles,
                              int currentStep, Set<UUID> deciders) {

    public NoticedTransfer {
        Objects.requireNonNull(enterpriseId);
        Objects.requireNonNull(transferId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(applicantId);
        stepRoles = List.copyOf(stepRoles);
        deciders = Set.copyOf(deciders);
    }

    public static NoticedTransfer submitted(UUID enterpriseId, UUID transferId, String reference, UUID applicantId,
                                            String amount, String currency, String payeeName, String maskedPayeeAccount,
                                            List<String> stepRoles) {
        return new NoticedTransfer(enterpriseId, transferId, reference, applicantId, amount, currency, payeeName,
                maskedPayeeAccount, stepRoles, 0, Set.of());
    }

    /** A transfer first heard of after its submission (this service started later): only what the event says. */
    public static NoticedTransfer heardOfLate(UUID enterpriseId, UUID transferId, String reference, UUID applicantId) {
        return new NoticedTransfer(enterpriseId, transferId, reference, applicantId, null, null, null, null, List.of(),
                0, Set.of());
    }

    /** The step at {@code index} was approved: the next one waits (or none, after the last). */
    public NoticedTransfer stepApproved(int index) {
        return new NoticedTransfer(enterpriseId, transferId, reference, applicantId, amount, currency, payeeName,
                maskedPayeeAccount, stepRoles, Math.max(currentStep, index + 1), deciders);
    }

    /** The route is complete or ended: no step waits any more. */
    public NoticedTransfer closed() {
        return new NoticedTransfer(enterpriseId, transferId, reference, applicantId, amount, currency, payeeName,
                maskedPayeeAccount, stepRoles, stepRoles.size(), deciders);
    }

    public NoticedTransfer decidedBy(UUID decider) {
        Set<UUID> all = new TreeSet<>(deciders);
        all.add(decider);
        return new NoticedTransfer(enterpriseId, transferId, reference, applicantId, amount, currency, payeeName,
                maskedPayeeAccount, stepRoles, currentStep, all);
    }

    /** The role whose holders must decide now. */
    public Optional<String> currentStepRole() {
        return currentStep < stepRoles.size() ? Optional.of(stepRoles.get(currentStep)) : Optional.empty();
    }

    public Set<String> routeRoles() {
        return Set.copyOf(stepRoles);
    }
}
