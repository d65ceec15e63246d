package com.fundguard.rules.evaluation.domain;

import java.util.List;

/**
 * The rule set a new enterprise starts with: the patent's routing (CN106204258A), the no-authorization limit a
 * parameter. Two-level accounts need only the authorizer; on three-level accounts the audit authorizes amounts
 * within the limit.
 */
public final class PatentRuleBook {

    private PatentRuleBook() {
    }

    public static RuleBook withNoAuthorizationLimit(long limitMinorUnits) {
        return new RuleBook(Template.THREE_LEVEL, List.of(
                new Rule("two-level accounts: the authorizer alone", "account_level == 'TWO_LEVEL'",
                        List.of(new RuleOutcome.ChooseTemplate(Template.TWO_LEVEL))),
                new Rule("within the no-authorization limit the audit authorizes",
                        "account_level == 'THREE_LEVEL' && amount_minor <= " + limitMinorUnits,
                        List.of(new RuleOutcome.SkipStep("AUTHORIZATION"))),
                new Rule("payments to people are flagged", "payee_type == 'PERSONAL'",
                        List.of(new RuleOutcome.AddRiskFlag("PAYEE_IS_A_PERSON")))));
    }
}
