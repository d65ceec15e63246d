package com.fundguard.rules.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    static Rule rule(String name, RuleOutcome... outcomes) {
        return new Rule(name, "true", List.of(outcomes));
    }

    @Test
    void withoutFiredRulesTheDefaultTemplateIsTheRoute() {
        RoutingDecision decision = new RuleBook(Template.THREE_LEVEL, List.of(rule("never", new RuleOutcome.Block("no")))).decide(r -> false);

        assertThat(decision.steps()).containsExactly(Step.audit(), Step.authorization());
        assertThat(decision.blocked()).isFalse();
        assertThat(decision.explanation()).isEmpty();
    }

    @Test
    void firedRulesChooseTheTemplateThenAddSkipAndRequorumStepsInOrderAndExplainThemselves() {
        RuleBook book = new RuleBook(Template.THREE_LEVEL, List.of(
                rule("large amounts need two authorizers", new RuleOutcome.SetQuorum("AUTHORIZATION", 2)),
                rule("two-level account", new RuleOutcome.ChooseTemplate(Template.TWO_LEVEL)),
                rule("new payee needs a second look", new RuleOutcome.RequireStep(new Step("SECOND_AUDIT", "AUDITOR", 1)),
                        new RuleOutcome.AddRiskFlag("NEW_PAYEE")),
                rule("contract required", new RuleOutcome.RequireVoucherTypes(List.of("CONTRACT")))));

        RoutingDecision decision = book.decide(r -> true);

        assertThat(decision.template()).isEqualTo("TWO_LEVEL");
        assertThat(decision.steps()).containsExactly(new Step("AUTHORIZATION", "AUTHORIZER", 2), new Step("SECOND_AUDIT", "AUDITOR", 1));
        assertThat(decision.riskFlags()).containsExactly("NEW_PAYEE");
        assertThat(decision.requiredVoucherTypes()).containsExactly("CONTRACT");
        assertThat(decision.explanation()).extracting(RoutingDecision.FiredRule::rule).containsExactly(
                "large amounts need two authorizers", "two-level account", "new payee needs a second look", "contract required");
    }

    @Test
    void aBlockingRuleBlocksWithItsMessage() {
        RuleBook book = new RuleBook(Template.THREE_LEVEL, List.of(rule("daily limit", new RuleOutcome.Block("over the daily limit of 10 transfers"))));

        assertThat(book.decide(r -> true).blocks()).containsExactly("over the daily limit of 10 transfers");
    }

    @Test
    void rulesAreNamedOnceAndStepsHaveAValidRoleAndQuorum() {
        assertThatThrownBy(() -> new RuleBook(Template.TWO_LEVEL, List.of(rule("a", new RuleOutcome.AddRiskFlag("x")), rule("a", new RuleOutcome.AddRiskFlag("y")))))
                .isInstanceOf(InvalidRuleBookException.class);
        assertThatThrownBy(() -> new Step("X", "APPLICANT", 1)).isInstanceOf(InvalidRuleBookException.class);
        assertThatThrownBy(() -> new Step("X", "AUDITOR", 0)).isInstanceOf(InvalidRuleBookException.class);
        assertThat(Set.of(Template.values())).hasSize(2);
    }

    @Test
    void anEnterprisesOwnTemplateIsUsedWhenARuleNamesIt() {
        List<Step> finance = List.of(new Step("CFO_REVIEW", "AUDITOR", 1), new Step("BOARD", "AUTHORIZER", 2));
        RuleBook book = new RuleBook(Template.THREE_LEVEL, java.util.Map.of("FINANCE_HEAVY", finance),
                List.of(rule("large payments go to the board", new RuleOutcome.UseTemplate("FINANCE_HEAVY"))));

        RoutingDecision decision = book.decide(r -> true);

        assertThat(decision.template()).isEqualTo("FINANCE_HEAVY");
        assertThat(decision.steps()).containsExactlyElementsOf(finance);
    }

    @Test
    void aRuleNamingAnUndefinedTemplateOrATemplateShadowingABuiltInIsRefused() {
        assertThatThrownBy(() -> new RuleBook(Template.THREE_LEVEL, java.util.Map.of(),
                List.of(rule("x", new RuleOutcome.UseTemplate("NOWHERE"))))).isInstanceOf(InvalidRuleBookException.class);
        assertThatThrownBy(() -> new RuleBook(Template.THREE_LEVEL, java.util.Map.of("TWO_LEVEL", List.of(Step.audit())), List.of()))
                .isInstanceOf(InvalidRuleBookException.class);
        assertThatThrownBy(() -> new RuleBook(Template.THREE_LEVEL, java.util.Map.of("EMPTY", List.of()), List.of()))
                .isInstanceOf(InvalidRuleBookException.class);
    }
}
