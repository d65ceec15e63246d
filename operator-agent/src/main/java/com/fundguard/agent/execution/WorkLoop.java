package com.fundguard.agent.execution;

import com.fundguard.agent.platform.AgentApi;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The agent's work: first settle any claim the journal says it held (a result known but not reported is reported;
 * anything else is handed back by {@code abandonment}, and the platform asks the bank), then long-poll for the next
 * queued transfer, claim it and execute it. Nothing is ever sent again on the agent's own: a restart reports or hands
 * back, it never resubmits.
 */
public final class WorkLoop {

    private final AgentApi platform;
    private final OrderExecution execution;
    private final Journal journal;
    private final StepListener steps;
    private final int waitSeconds;
    private final Duration pauseAfterTrouble;
    private final PrintStream log;

    public WorkLoop(AgentApi platform, OrderExecution execution, Journal journal, StepListener steps, int waitSeconds,
                    Duration pauseAfterTrouble, PrintStream log) {
        this.platform = platform;
        this.execution = execution;
        this.journal = journal;
        this.steps = steps;
        this.waitSeconds = waitSeconds;
        this.pauseAfterTrouble = pauseAfterTrouble;
        this.log = log;
    }

    /** Runs passes until {@code stop} says so; trouble with the platform pauses and tries again. */
    public void run(BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            try {
                pass();
            } catch (RuntimeException e) {
                log.println("trouble: " + e.getMessage() + "; trying again in " + pauseAfterTrouble.toSeconds() + " s");
                try {
                    Thread.sleep(pauseAfterTrouble);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One pass: settles a held claim, then takes at most one transfer. Returns the report of the transfer executed in
     * this pass, if any.
     */
    public Optional<ExecutionReport> pass() {
        settleHeldClaim();
        Optional<UUID> next = platform.nextWork(waitSeconds);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Optional<Claim> claim = platform.claim(next.get());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        log.println(claim.get().order().reference() + ": claimed (attempt " + claim.get().attempt() + ")");
        return execution.execute(claim.get());
    }

    /** Settles what the journal says this agent still owes the platform; nothing when it owes nothing. */
    public void settleHeldClaim() {
        Optional<Journal.Entry> held = journal.current().filter(entry -> entry.step().unresolved());
        if (held.isEmpty()) {
            return;
        }
        Journal.Entry entry = held.get();
        if (entry.step() == ExecutionStep.RESULT_KNOWN) {
            log.println(entry.reference() + ": reporting the result known before the restart");
            execution.report(entry);
            return;
        }
        log.println(entry.reference() + ": handing back the claim held before the restart (the platform asks the bank)");
        platform.abandonment(entry.claimId());
        Journal.Entry abandoned = entry.at(ExecutionStep.ABANDONED);
        journal.record(abandoned);
        steps.reached(abandoned);
    }
}
