package com.fundguard.rules.ruleset.application;

import com.fundguard.rules.ruleset.domain.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rule sets of each enterprise; every lookup names the enterprise. */
public interface RuleSets {

    int nextVersion(UUID enterpriseId);

    void add(RuleSet ruleSet);

    /** Stores a changed rule set if nobody changed it since it was read; otherwise throws {@link ConcurrentRuleSetChangeException}. */
    void update(RuleSet ruleSet);

    Optional<RuleSet> find(UUID enterpriseId, UUID ruleSetId);

    Optional<RuleSet> published(UUID enterpriseId);

    List<RuleSet> all(UUID enterpriseId);
}
