package com.fundguard.rules.ruleset.application;

import com.fundguard.rules.ruleset.domain.RuleSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafting and publishing rule sets; publishing retires the set in force, in the same transaction. */
public class RuleSetLifecycle {

    private final RuleSets ruleSets;
    private final RuleSetEvents events;
    private final DefinitionValidator validator;
    private final PublisherRoles publishers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RuleSetLifecycle(RuleSets ruleSets, RuleSetEvents events, DefinitionValidator validator, PublisherRoles publishers,
                            TransactionTemplate transactions, Clock clock) {
        this.ruleSets = ruleSets;
        this.events = events;
        this.validator = validator;
        this.publishers = publishers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores a draft after its definition checked out: structure, and every condition type-checked. */
    public RuleSet draft(UUID enterpriseId, String definition, UUID authorId) {
        validator.validate(definition);
        return transactions.execute(status -> {
            RuleSet draft = RuleSet.draft(enterpriseId, ruleSets.nextVersion(enterpriseId), definition, authorId, clock);
            ruleSets.add(draft);
            return draft;
        });
    }

    /** Empty when the enterprise has no such rule set. */
    public Optional<RuleSet> publish(UUID enterpriseId, UUID ruleSetId, UUID publisherId) {
        if (!publishers.isAuthorizer(enterpriseId, publisherId)) {
            throw new PublisherRoles.NotAnAuthorizerException();
        }
        return transactions.execute(status -> ruleSets.find(enterpriseId, ruleSetId).map(draft -> {
            RuleSet.Published published = draft.publish(publisherId, clock);
            ruleSets.published(enterpriseId).ifPresent(current -> ruleSets.update(current.retire(clock)));
            ruleSets.update(published.ruleSet());
            events.published(published.event());
            return published.ruleSet();
        }));
    }

    public Optional<RuleSet> find(UUID enterpriseId, UUID ruleSetId) {
        return ruleSets.find(enterpriseId, ruleSetId);
    }

    public List<RuleSet> all(UUID enterpriseId) {
        return ruleSets.all(enterpriseId);
    }

    public Optional<RuleSet> published(UUID enterpriseId) {
        return ruleSets.published(enterpriseId);
    }
}
