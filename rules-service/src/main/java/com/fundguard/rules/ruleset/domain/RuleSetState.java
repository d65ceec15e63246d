package com.fundguard.rules.ruleset.domain;

public enum RuleSetState {
    /** Being written; decides nothing. */
    DRAFT,
    /** The one rule set that decides the enterprise's transfers now. */
    PUBLISHED,
    /** Decided transfers once; kept, because frozen routes name it. */
    RETIRED
}
