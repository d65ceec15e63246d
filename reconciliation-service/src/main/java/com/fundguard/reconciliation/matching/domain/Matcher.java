package com.fundguard.reconciliation.matching.domain;

import java.util.Collection;
import java.util.Objects;

/**
 * Matches bank lines against the transfers the platform expects to see debited, in four passes: exact reference,
 * amount + counterparty + date window, configured tolerances, then groups (batch and split bookings). Each match
 * records the rule (and so the pass) that made it; no line and no transfer is matched twice. What nothing explains,
 * and what could be explained in more than one equally good way, becomes a {@link Finding}, never a guess.
 *
 * <p>The result depends only on the data, not on the order of the collections given: both are put in id order
 * first, and every pass decides for all its candidates at once.
 */
public final class Matcher {

    private final MatchingPolicy policy;

    public Matcher(MatchingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @throws IllegalArgumentException when a line or transfer id is given twice, or an amount is finer than 0.0001
     *                                  or beyond 922 trillion (the matcher counts in ten-thousandths, exactly)
     */
    public MatchingResult match(Collection<BankLine> lines, Collection<Expectation> expectations) {
        return new MatchingRun(lines, expectations, policy).run();
    }
}
