package com.fundguard.bankconnector.execution.application;

import com.fundguard.bankconnector.audit.application.AuditTrail;
import com.fundguard.bankconnector.execution.domain.AgentReport;
import com.fundguard.bankconnector.execution.domain.Execution;
import com.fundguard.bankconnector.execution.domain.ExecutionEvent;
import com.fundguard.bankconnector.execution.domain.ExecutionOrder;
import com.fundguard.bankconnector.execution.domain.ExecutionRefused;
import com.fundguard.bankconnector.execution.domain.ExecutionPolicy;
import com.fundguard.bankconnector.execution.domain.InquiryAnswer;
import com.fundguard.bankconnector.payeraccount.application.PayerAccounts;
import com.fundguard.bankconnector.payeraccount.domain.PayerAccount;
import com.fundguard.bankconnector.vault.application.CredentialVault;
import com.fundguard.crypto.sealing.SealedBox;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Where authorized transfers wait for an operator agent and where agents take, execute and report them. Each act
 * is one transaction: the execution row locked, the domain deciding, the row, its timeline step and its events
 * (outbox) written together.
 */
public class ExecutionDesk {

    private static final Logger log = LoggerFactory.getLogger(ExecutionDesk.class);
    private static final Duration POLL_PAUSE = Duration.ofMillis(250);

    private final Executions executions;
    private final ExecutionEvents events;
    private final PayerAccounts payerAccounts;
    private final CredentialVault vault;
    private final BankInquiries inquiries;
    private final ExecutionPolicy policy;
    private final AuditTrail audit;
    private final TransactionOperations transactions;
    private final Clock clock;

    public ExecutionDesk(Executions executions, ExecutionEvents events, PayerAccounts payerAccounts, CredentialVault vault,
                         BankInquiries inquiries, ExecutionPolicy policy, AuditTrail audit, TransactionOperations transactions, Clock clock) {
        this.executions = executions;
        this.events = events;
        this.payerAccounts = payerAccounts;
        this.vault = vault;
        this.inquiries = inquiries;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The approved content of an authorized transfer, as the authorization event carries it. */
    public record Authorized(UUID transferId, UUID enterpriseId, String reference, String payerAccount, String payeeName,
                             String payeeAccount, String payeeBankCode, String payeeType, java.math.BigDecimal amount,
                             java.util.Currency currency, String purpose, java.time.LocalDate requestedExecutionDate,
                             List<UUID> voucherIds, String contentHash) {
    }

    /** An authorized transfer joins its enterprise's queue (once: a redelivered authorization changes nothing). */
    public void queue(Authorized a) {
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now(clock);
            Optional<PayerAccount> payer = payerAccounts.find(a.enterpriseId(), a.payerAccount());
            ExecutionOrder order = new ExecutionOrder(a.transferId(), a.enterpriseId(), a.reference(), a.payerAccount(),
                    payer.map(PayerAccount::name).orElse(a.payerAccount()), payer.map(PayerAccount::bankCode).orElse("UNREGISTERED"),
                    a.payeeName(), a.payeeAccount(), a.payeeBankCode(), a.payeeType(), a.amount(), a.currency(), a.purpose(),
                    a.requestedExecutionDate(), a.voucherIds(), a.contentHash());
            if (payer.isEmpty()) {
                Execution.Changed failed = Execution.unexecutable(order, "PAYER_ACCOUNT_NOT_REGISTERED", now);
                if (executions.addIfAbsent(failed.execution(), now)) {
                    step(failed.execution(), "FAILED", null, null, "payer account " + a.payerAccount() + " is not registered", now);
                    failed.events().forEach(event -> events.happened(failed.execution(), event));
                }
                return;
            }
            Execution queued = Execution.queue(order, now);
            if (executions.addIfAbsent(queued, now)) {
                step(queued, "QUEUED", null, null, null, now);
            }
        });
    }

    /** The next transfer the agent's enterprise may claim, waiting up to {@code wait} for one to arrive (long poll). */
    public Optional<ExecutionOrder> nextWork(UUID enterpriseId, Duration wait) {
        Instant until = Instant.now(clock).plus(wait);
        while (true) {
            Optional<ExecutionOrder> next = transactions.execute(status ->
                    executions.nextClaimable(enterpriseId, Instant.now(clock)).map(Execution::order));
            if (next.isPresent() || !Instant.now(clock).isBefore(until)) {
                return next;
            }
            try {
                Thread.sleep(POLL_PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * The agent takes the transfer for one attempt. Refused while another attempt on the same payer account is under
     * way (the database holds that rule, whatever path the claim comes by).
     */
    public Execution claim(UUID enterpriseId, UUID transferId, String agentId) {
        try {
            return act(() -> executions.findForUpdate(enterpriseId, transferId), "transfer " + transferId,
                    e -> e.claim(agentId, UUID.randomUUID(), policy, Instant.now(clock)), agentId, "CLAIMED");
        } catch (org.springframework.dao.DuplicateKeyException busy) {
            throw new ExecutionRefused(ExecutionRefused.Reason.NOT_QUEUED, "another attempt on this payer account is under way");
        }
    }

    public Execution heartbeat(UUID enterpriseId, UUID claimId, String agentId) {
        return act(byClaim(enterpriseId, claimId), "claim " + claimId,
                e -> e.heartbeat(claimId, agentId, policy, Instant.now(clock)), agentId, null);
    }

    public Execution startSending(UUID enterpriseId, UUID claimId, String agentId) {
        return act(byClaim(enterpriseId, claimId), "claim " + claimId,
                e -> e.startSending(claimId, agentId, Instant.now(clock)), agentId, "SENDING");
    }

    public Execution report(UUID enterpriseId, UUID claimId, String agentId, AgentReport report) {
        return act(byClaim(enterpriseId, claimId), "claim " + claimId,
                e -> e.report(claimId, agentId, report, policy, Instant.now(clock)), agentId, "REPORTED " + report.outcome());
    }

    public Execution abandon(UUID enterpriseId, UUID claimId, String agentId) {
        return act(byClaim(enterpriseId, claimId), "claim " + claimId,
                e -> e.abandon(claimId, agentId, policy, Instant.now(clock)), agentId, "ABANDONED");
    }

    /** The account's credentials sealed to the agent's one-time key, for the claim it holds (live, not yet sending). */
    public SealedBox releaseCredentials(UUID enterpriseId, UUID claimId, String agentId, PublicKey recipient) {
        try {
            return releaseOnce(enterpriseId, claimId, agentId, recipient);
        } catch (org.springframework.dao.DuplicateKeyException again) {
            throw new ExecutionRefused(ExecutionRefused.Reason.NOT_ALLOWED_IN_STATE, "the credentials were released for this claim already");
        }
    }

    private SealedBox releaseOnce(UUID enterpriseId, UUID claimId, String agentId, PublicKey recipient) {
        return transactions.execute(status -> {
            Execution current = executions.findByClaimForUpdate(enterpriseId, claimId)
                    .orElseThrow(() -> new ExecutionNotFoundException("claim " + claimId));
            Instant now = Instant.now(clock);
            Execution.Changed changed = current.releaseCredentials(claimId, agentId, now);
            SealedBox sealed = vault.releaseSealed(enterpriseId, current.order().payerAccount(), current.transferId(), claimId, agentId, recipient);
            step(current, "CREDENTIALS_RELEASED", agentId, claimId, null, now);
            changed.events().forEach(event -> events.happened(changed.execution(), event));
            return sealed;
        });
    }

    /** Every lease that ran out becomes an unknown outcome with an inquiry due. Returns how many. */
    public int expireLeases(int batch) {
        Integer expired = transactions.execute(status -> {
            Instant now = Instant.now(clock);
            List<Execution> due = executions.expiredLeases(now, batch);
            for (Execution execution : due) {
                apply(execution, execution.expireLease(policy, now), execution.claim().map(Execution.Claim::agentId).orElse(null),
                        "LEASE_EXPIRED", now);
            }
            return due.size();
        });
        return expired == null ? 0 : expired;
    }

    /**
     * Asks the bank about every unknown outcome whose inquiry is due, one by one: the bank is asked outside any
     * transaction, and its answer applied only if the execution did not move meanwhile. Returns how many were asked.
     */
    public int inquireDue(int batch) {
        List<Execution> due = executions.dueInquiries(Instant.now(clock), batch);
        for (Execution candidate : due) {
            InquiryAnswer answer;
            try {
                answer = inquiries.inquire(candidate.order().payerBankCode(), candidate.order());
            } catch (RuntimeException e) {
                // Whatever went wrong asking, the question stays open and is asked again after the backoff; one
                // transfer's trouble must not hold up the inquiries of the others.
                answer = new InquiryAnswer.Unanswered(Optional.of("the inquiry failed: " + e.getClass().getSimpleName()));
            }
            InquiryAnswer answered = answer;
            transactions.executeWithoutResult(status -> executions.findForUpdate(candidate.enterpriseId(), candidate.transferId())
                    .filter(current -> current.version() == candidate.version() && current.inquiryDue(Instant.now(clock)))
                    .ifPresent(current -> {
                        Instant now = Instant.now(clock);
                        apply(current, current.inquired(answered, policy, now), null, "INQUIRED " + describe(answered), now);
                    }));
        }
        return due.size();
    }

    /**
     * Reconciliation matched a statement line to the transfer: the bank booked it. Ends an unknown outcome (or any wait)
     * without another inquiry or send; see {@link Execution#settledOnStatement}.
     */
    public Execution settleOnStatement(UUID enterpriseId, UUID transferId, String bankReference) {
        return act(() -> executions.findForUpdate(enterpriseId, transferId), "transfer " + transferId,
                current -> current.settledOnStatement(bankReference, Instant.now(clock)), null, "SETTLED_ON_STATEMENT");
    }

    public Optional<Execution> find(UUID enterpriseId, UUID transferId) {
        return executions.find(enterpriseId, transferId);
    }

    public List<Executions.TimelineStep> timeline(UUID enterpriseId, UUID transferId) {
        return executions.timeline(enterpriseId, transferId);
    }

    /** A step of the execution: in its timeline and in the enterprise's hash-chained audit log, in the act's transaction. */
    private void step(Execution execution, String step, String agentId, UUID claimId, String detail, Instant at) {
        executions.recordStep(execution, step, agentId, claimId, detail, at);
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("transferId", execution.transferId().toString());
        facts.put("endToEndId", execution.order().endToEndId());
        facts.put("attempt", Integer.toString(execution.attempt()));
        facts.put("step", step);
        facts.put("state", execution.state().name());
        facts.put("agentId", agentId);
        facts.put("claimId", claimId == null ? null : claimId.toString());
        facts.put("detail", detail);
        audit.record(execution.enterpriseId(), "execution-step", facts, at);
    }

    private java.util.function.Supplier<Optional<Execution>> byClaim(UUID enterpriseId, UUID claimId) {
        return () -> executions.findByClaimForUpdate(enterpriseId, claimId);
    }

    private Execution act(java.util.function.Supplier<Optional<Execution>> find, String what, Function<Execution, Execution.Changed> act,
                          String agentId, String step) {
        return transactions.execute(status -> {
            Execution current = find.get().orElseThrow(() -> new ExecutionNotFoundException(what));
            Instant now = Instant.now(clock);
            Execution.Changed changed = act.apply(current);
            if (changed.execution() == current) {
                return current;
            }
            return apply(current, changed, agentId, step, now);
        });
    }

    private Execution apply(Execution before, Execution.Changed changed, String agentId, String step, Instant now) {
        executions.update(changed.execution(), now);
        if (step != null) {
            UUID claimId = changed.execution().claim().or(before::claim).map(Execution.Claim::claimId).orElse(null);
            step(changed.execution(), step, agentId, claimId, detail(changed), now);
        }
        for (ExecutionEvent event : changed.events()) {
            events.happened(changed.execution(), event);
            log.info("execution {} attempt {}: {}", changed.execution().transferId(), changed.execution().attempt(),
                    event.getClass().getSimpleName());
        }
        return reread(changed.execution());
    }

    private Execution reread(Execution written) {
        return executions.find(written.enterpriseId(), written.transferId()).orElseThrow();
    }

    /** What the step's name does not say: the bank's reference or reason, when the next inquiry is due, the new attempt. */
    private static String detail(Execution.Changed changed) {
        Execution e = changed.execution();
        return switch (e.state()) {
            case EXECUTED -> e.bankReference().map(r -> "bank reference " + r).orElse(null);
            case FAILED -> e.reasonCode().map(r -> "reason " + r).orElse(null);
            case OUTCOME_UNKNOWN -> e.nextInquiryAt().map(at -> "outcome unknown, inquiry due " + at).orElse(null);
            case QUEUED -> "queued again as attempt " + e.attempt();
            case CLAIMED, SENDING -> null;
        };
    }

    private static String describe(InquiryAnswer answer) {
        return switch (answer) {
            case InquiryAnswer.Booked b -> "BOOKED";
            case InquiryAnswer.Rejected r -> "REJECTED " + r.reasonCode();
            case InquiryAnswer.Pending p -> "PENDING " + p.status();
            case InquiryAnswer.NoSuchOrder n -> "NO_SUCH_ORDER";
            case InquiryAnswer.Unanswered u -> "UNANSWERED";
        };
    }
}
