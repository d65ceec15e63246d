package com.fundguard.reconciliation.discrepancy.domain;

import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome.Done;
import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome.Reason;
import com.fundguard.reconciliation.discrepancy.domain.CaseActOutcome.Rejected;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An error case (差错): a difference between the bank's statement and the platform's transfers, worked by people until
 * it is resolved under dual control before its deadline. Each act is a method named after it that either returns the
 * events it caused (and the case changes) or a {@link Rejected} with the reason (and nothing changes).
 */
public final class DiscrepancyCase {

    private final UUID id;
    private final CaseFacts facts;
    private final Instant openedAt;
    private final Instant deadline;
    private CaseState state;
    private Optional<UUID> owner;
    private Optional<Instant> escalatedAt;
    private Optional<Proposal> proposal;
    private Optional<Resolution> resolution;

    /** A case as stored: every field as it was left by its last act. */
    public DiscrepancyCase(UUID id, CaseFacts facts, Instant openedAt, Instant deadline, CaseState state, Optional<UUID> owner,
                           Optional<Instant> escalatedAt, Optional<Proposal> proposal, Optional<Resolution> resolution) {
        this.id = Objects.requireNonNull(id, "id");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.state = Objects.requireNonNull(state, "state");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.escalatedAt = Objects.requireNonNull(escalatedAt, "escalatedAt");
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.resolution = Objects.requireNonNull(resolution, "resolution");
        if ((state == CaseState.RESOLUTION_PROPOSED) != proposal.isPresent() || (state == CaseState.RESOLVED) != resolution.isPresent()) {
            throw new IllegalArgumentException("a proposal belongs to a proposed case and a resolution to a resolved one");
        }
    }

    /** A new case: open, nobody's yet, due at {@code deadline}. */
    public static DiscrepancyCase open(UUID id, CaseFacts facts, Instant now, Instant deadline) {
        return new DiscrepancyCase(id, facts, now, deadline, CaseState.OPEN, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public CaseEvent.Opened opened() {
        return new CaseEvent.Opened(id, facts, deadline, openedAt);
    }

    /**
     * A case the platform settled itself (a statement line ended an unknown outcome): opened and resolved at once,
     * that line its evidence. Only for {@link DiscrepancyType#UNKNOWN_OUTCOME_RESOLVED}.
     */
    public static DiscrepancyCase resolvedAutomatically(UUID id, CaseFacts facts, String resolution, Instant now) {
        if (facts.type() != DiscrepancyType.UNKNOWN_OUTCOME_RESOLVED) {
            throw new InvalidCaseException("type", "is resolved by people unless it is UNKNOWN_OUTCOME_RESOLVED");
        }
        if (facts.statementLineIds().isEmpty()) {
            throw new InvalidCaseException("statementLineIds", "names the statement line that resolved the outcome");
        }
        requireText(resolution, "resolution");
        String evidence = "statement line " + String.join(", ", facts.statementLineIds().stream().map(UUID::toString).toList());
        return new DiscrepancyCase(id, facts, now, now, CaseState.RESOLVED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Resolution(Optional.empty(), Optional.empty(), resolution.strip(), evidence, now)));
    }

    public CaseEvent.Resolved resolved() {
        Resolution r = resolution.orElseThrow(() -> new IllegalStateException("case " + id + " is not resolved"));
        return new CaseEvent.Resolved(id, r.proposedBy(), r.approvedBy(), r.resolution(), r.evidence(), r.at());
    }

    /** Someone takes (or is given) the case to work on; a resolved case has no more work. */
    public CaseActOutcome assign(UUID newOwner, UUID by, Instant now) {
        Objects.requireNonNull(newOwner, "owner");
        if (state == CaseState.RESOLVED) {
            return closed();
        }
        owner = Optional.of(newOwner);
        return new Done(List.of(new CaseEvent.Assigned(id, newOwner, by, now)));
    }

    /** 查询: a query sent to the bank, with what was attached to it. */
    public CaseActOutcome logQueryToBank(UUID by, String text, List<Attachment> attachments, Instant now) {
        requireText(text, "text");
        if (state == CaseState.RESOLVED) {
            return closed();
        }
        return new Done(List.of(new CaseEvent.QueriedBank(id, by, text.strip(), List.copyOf(attachments), now)));
    }

    /** 查复: the bank's reply, with its documents. */
    public CaseActOutcome logBankReply(UUID by, String text, List<Attachment> attachments, Instant now) {
        requireText(text, "text");
        if (state == CaseState.RESOLVED) {
            return closed();
        }
        return new Done(List.of(new CaseEvent.BankReplied(id, by, text.strip(), List.copyOf(attachments), now)));
    }

    /** The maker: how to resolve it and on what evidence; waits for another person's approval. */
    public CaseActOutcome proposeResolution(UUID by, String resolutionText, String evidence, Instant now) {
        requireText(resolutionText, "resolution");
        requireText(evidence, "evidence");
        return switch (state) {
            case RESOLVED -> closed();
            case RESOLUTION_PROPOSED -> new Rejected(Reason.ALREADY_PROPOSED,
                    "a proposal by " + proposal.orElseThrow().by() + " waits for its decision");
            case OPEN -> {
                Proposal p = new Proposal(by, resolutionText.strip(), evidence.strip(), now);
                proposal = Optional.of(p);
                state = CaseState.RESOLUTION_PROPOSED;
                yield new Done(List.of(new CaseEvent.ResolutionProposed(id, by, p.resolution(), p.evidence(), now)));
            }
        };
    }

    /** The checker approves: the case is resolved with the proposal's evidence. Never the proposer. */
    public CaseActOutcome approveResolution(UUID by, Instant now) {
        return switch (state) {
            case RESOLVED -> closed();
            case OPEN -> nothingProposed();
            case RESOLUTION_PROPOSED -> {
                Proposal p = proposal.orElseThrow();
                if (p.by().equals(by)) {
                    yield proposerCannotDecide();
                }
                Resolution r = new Resolution(Optional.of(p.by()), Optional.of(by), p.resolution(), p.evidence(), now);
                resolution = Optional.of(r);
                proposal = Optional.empty();
                state = CaseState.RESOLVED;
                yield new Done(List.of(resolved()));
            }
        };
    }

    /** The checker refuses, saying why: the case is open again for a better proposal. Never the proposer. */
    public CaseActOutcome refuseResolution(UUID by, String why, Instant now) {
        requireText(why, "why");
        return switch (state) {
            case RESOLVED -> closed();
            case OPEN -> nothingProposed();
            case RESOLUTION_PROPOSED -> {
                Proposal p = proposal.orElseThrow();
                if (p.by().equals(by)) {
                    yield proposerCannotDecide();
                }
                proposal = Optional.empty();
                state = CaseState.OPEN;
                yield new Done(List.of(new CaseEvent.ResolutionRefused(id, by, p.by(), why.strip(), now)));
            }
        };
    }

    /** Past its deadline and not resolved: escalated once, whoever holds it. */
    public CaseActOutcome escalate(Instant now) {
        if (state == CaseState.RESOLVED) {
            return closed();
        }
        if (escalatedAt.isPresent()) {
            return new Rejected(Reason.ALREADY_ESCALATED, "escalated at " + escalatedAt.get());
        }
        if (now.isBefore(deadline)) {
            return new Rejected(Reason.NOT_OVERDUE, "due at " + deadline);
        }
        escalatedAt = Optional.of(now);
        return new Done(List.of(new CaseEvent.Escalated(id, deadline, owner, state, now)));
    }

    private Rejected closed() {
        return new Rejected(Reason.CASE_RESOLVED, "the case is resolved; nothing changes it any more");
    }

    private static Rejected nothingProposed() {
        return new Rejected(Reason.NOTHING_PROPOSED, "no resolution is proposed");
    }

    private static Rejected proposerCannotDecide() {
        return new Rejected(Reason.PROPOSER_CANNOT_DECIDE, "the person who proposed the resolution cannot decide on it; another must");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCaseException(field, "must not be blank");
        }
    }

    public UUID id() {
        return id;
    }

    public CaseFacts facts() {
        return facts;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public CaseState state() {
        return state;
    }

    public Optional<UUID> owner() {
        return owner;
    }

    public Optional<Instant> escalatedAt() {
        return escalatedAt;
    }

    public Optional<Proposal> proposal() {
        return proposal;
    }

    public Optional<Resolution> resolution() {
        return resolution;
    }
}
