package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.ApproverRole;
import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.RouteStep;
import com.fundguard.approval.transfer.domain.InvalidTransferException;
import com.fundguard.approval.transfer.domain.TransferReference;
import com.fundguard.approval.transfer.domain.TransferState;
import com.fundguard.approval.transfer.domain.TransferRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits a transfer request: stores it and its TransferSubmitted event in one transaction. A repeated
 * submission with the same idempotency key and content returns the request created the first time.
 */
public class TransferSubmission {

    private final TransferRequests requests;
    private final TransferEvents events;
    private final Routing routing;
    private final ApplicantLimitCheck limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TransferSubmission(TransferRequests requests, TransferEvents events, Routing routing, ApplicantLimitCheck limits,
                              TransactionTemplate transactions, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.routing = routing;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome submit(SubmitTransfer command) {
        String fingerprint = command.fingerprint();
        var earlier = requests.findByIdempotencyKey(command.enterpriseId(), command.idempotencyKey());
        if (earlier.isPresent()) {
            return replay(command, earlier.get(), fingerprint);
        }
        try {
            return transactions.execute(status -> {
                command.resubmissionOf().ifPresent(replaced -> checkResubmission(command, replaced));
                java.time.Instant now = clock.instant();
                java.time.Instant dayStart = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
                SubmissionFacts facts = requests.factsAround(command.enterpriseId(), command.applicantId(),
                        command.details().payee().accountNumber(), command.details().amount().currency(), dayStart, now);
                RoutingOutcome routed = routing.routeFor(command.enterpriseId(), command.details(), facts, now);
                ApplicantLimitCheck.Verdict limit = limits.check(command.enterpriseId(), command.applicantId(), facts,
                        command.details().amount());
                if (!limit.exceeded().isEmpty() && limit.blocks()) {
                    throw new SubmissionBlockedException(limit.exceeded());
                }
                if (!routed.blocks().isEmpty()) {
                    throw new SubmissionBlockedException(routed.blocks());
                }
                Route route = limit.exceeded().isEmpty() ? routed.route() : withLimitOverride(routed.route());
                TransferReference reference = requests.nextReference(LocalDate.now(clock));
                UUID id = UUID.randomUUID();
                TransferRequest.Submitted submitted = TransferRequest.submit(id, command.enterpriseId(), reference,
                        command.applicantId(), command.details(), TransferContent.hash(id, command.details()),
                        route, command.resubmissionOf(), clock);
                requests.add(submitted.request(), command.idempotencyKey(), fingerprint);
                events.submitted(submitted.event(), submitted.request().route());
                submitted.followingEvents().forEach(event -> events.happened(submitted.request(), event));
                return new Outcome(submitted.request(), true);
            });
        } catch (DuplicateKeyException concurrentTwin) {
            // Another request with this key committed first: answer as a replay of it.
            var twin = requests.findByIdempotencyKey(command.enterpriseId(), command.idempotencyKey()).orElseThrow(() -> concurrentTwin);
            return replay(command, twin, fingerprint);
        }
    }

    /** A resubmission replaces a request of the same applicant that ended without moving money. */
    private void checkResubmission(SubmitTransfer command, UUID earlierId) {
        TransferRequest earlier = requests.find(command.enterpriseId(), earlierId)
                .orElseThrow(() -> new InvalidTransferException("resubmissionOf", "names no request of this enterprise"));
        if (!earlier.applicantId().equals(command.applicantId())) {
            throw new InvalidTransferException("resubmissionOf", "names another applicant's request");
        }
        if (!java.util.Set.of(TransferState.REJECTED, TransferState.CANCELLED, TransferState.EXPIRED).contains(earlier.state())) {
            throw new InvalidTransferException("resubmissionOf", "names a request that is " + earlier.state()
                    + "; only a rejected, cancelled or expired request is resubmitted");
        }
    }

    /** Beyond the applicant's limits and allowed to go on: an authorizer must also override the limit. */
    private static Route withLimitOverride(Route route) {
        java.util.List<RouteStep> steps = new java.util.ArrayList<>(route.steps());
        steps.add(new RouteStep("LIMIT_OVERRIDE", ApproverRole.AUTHORIZER, 1));
        java.util.List<String> flags = new java.util.ArrayList<>(route.riskFlags());
        flags.add("APPLICANT_LIMIT_EXCEEDED");
        return new Route(route.decidedBy(), steps, flags);
    }

    private Outcome replay(SubmitTransfer command, TransferRequests.IdempotentCreation earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        TransferRequest request = requests.find(command.enterpriseId(), earlier.transferId()).orElseThrow();
        return new Outcome(request, false);
    }

    /** The request, and whether this call created it (false: a replay of an earlier call with the same key). */
    public record Outcome(TransferRequest request, boolean created) {
    }
}
