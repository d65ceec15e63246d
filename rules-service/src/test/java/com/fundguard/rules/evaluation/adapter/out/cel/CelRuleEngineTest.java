package com.fundguard.rules.evaluation.adapter.out.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fundguard.rules.evaluation.application.RuleEngine;
import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.evaluation.domain.PatentRuleBook;
import com.fundguard.rules.evaluation.domain.RoutingDecision;
import com.fundguard.rules.evaluation.domain.Rule;
import com.fundguard.rules.evaluation.domain.RuleBook;
import com.fundguard.rules.evaluation.domain.RuleOutcome;
import com.fundguard.rules.evaluation.domain.Step;
import com.fundguard.rules.evaluation.domain.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CelRuleEngineTest {

    final CelRuleEngine engine = new CelRuleEngine(DataDictionary.STANDARD);
    final RuleEngine.CompiledRuleBook patent = engine.compile(PatentRuleBook.withNoAuthorizationLimit(500_000));

    static Map<String, Object> facts(String payeeType, long amountMinor, String accountLevel) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("amount_minor", amountMinor);
        facts.put("currency", "CNY");
        facts.put("payee_type", payeeType);
        facts.put("payee_is_new", false);
        facts.put("payer_account", "CN6222000011110001");
        facts.put("account_level", accountLevel);
        facts.put("applicant_count_today", 0L);
        facts.put("applicant_amount_today_minor", 0L);
        facts.put("business_day", true);
        facts.put("hour", 10L);
        facts.put("amount_vs_payee_average", 1.0);
        facts.put("transfers_to_payee_last_24h", 0L);
        facts.put("voucher_count", 1L);
        facts.put("voucher_types", List.of("INVOICE"));
        facts.put("voucher_reuse_suspected", false);
        return facts;
    }

    static RuleBook one(String condition) {
        return new RuleBook(Template.THREE_LEVEL, List.of(new Rule("r", condition, List.of(new RuleOutcome.AddRiskFlag("F")))));
    }

    @Test
    void aPersonalCardTransferOnATwoLevelAccountSkipsAudit() {
        RoutingDecision decision = engine.evaluate(patent, facts("PERSONAL", 12_500_050, "TWO_LEVEL"));

        assertThat(decision.steps()).containsExactly(Step.authorization());
        assertThat(decision.riskFlags()).containsExactly("PAYEE_IS_A_PERSON");
    }

    @Test
    void aCorporateTransferOnAThreeLevelAccountNeedsAuditThenTheAuthorizer() {
        assertThat(engine.evaluate(patent, facts("CORPORATE", 12_500_050, "THREE_LEVEL")).steps())
                .containsExactly(Step.audit(), Step.authorization());
    }

    @Test
    void withinTheNoAuthorizationLimitTheAuditAuthorizesAndTheExplanationSaysWhy() {
        RoutingDecision decision = engine.evaluate(patent, facts("CORPORATE", 500_000, "THREE_LEVEL"));

        assertThat(decision.steps()).containsExactly(Step.audit());
        assertThat(decision.explanation()).singleElement().satisfies(fired -> {
            assertThat(fired.rule()).isEqualTo("within the no-authorization limit the audit authorizes");
            assertThat(fired.condition()).isEqualTo("account_level == 'THREE_LEVEL' && amount_minor <= 500000");
        });
    }

    @Test
    void listMacrosWorkBecauseTheStandardMacrosAreEnabled() {
        var compiled = engine.compile(one("!voucher_types.exists(t, t == 'CONTRACT') && amount_minor > 10000000"));

        assertThat(engine.evaluate(compiled, facts("CORPORATE", 20_000_000, "THREE_LEVEL")).riskFlags()).containsExactly("F");
        assertThat(engine.evaluate(compiled, facts("CORPORATE", 20_000, "THREE_LEVEL")).riskFlags()).isEmpty();
    }

    @Test
    void aRuleCanFlagAVoucherAlreadyUsedOnAnotherTransfer() {
        var compiled = engine.compile(one("voucher_reuse_suspected"));
        Map<String, Object> reused = facts("CORPORATE", 20_000, "THREE_LEVEL");
        reused.put("voucher_reuse_suspected", true);

        assertThat(engine.evaluate(compiled, reused).riskFlags()).containsExactly("F");
        assertThat(engine.evaluate(compiled, facts("CORPORATE", 20_000, "THREE_LEVEL")).riskFlags()).isEmpty();
    }

    @Test
    void anIllTypedConditionIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> engine.compile(one("amount_minor > 'a lot'")))
                .isInstanceOfSatisfying(RuleEngine.RuleCompilationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.line()).isEqualTo(1);
                            assertThat(error.column()).isEqualTo(14);
                            assertThat(error.message()).contains("_>_");
                        }));
    }

    @Test
    void aFactNotInTheDictionaryIsRefused() {
        assertThatThrownBy(() -> engine.compile(one("owner_mood == 'good'")))
                .isInstanceOfSatisfying(RuleEngine.RuleCompilationException.class,
                        e -> assertThat(e.errors().getFirst().message()).contains("owner_mood"));
    }

    @Test
    void aConditionThatIsNotAYesOrNoIsRefused() {
        assertThatThrownBy(() -> engine.compile(one("amount_minor + 1"))).isInstanceOf(RuleEngine.RuleCompilationException.class);
    }

    @Test
    void nothingOutsideTheFactsCanBeReachedFromARule() {
        for (String unsafe : List.of("java.lang.Runtime.getRuntime() != null", "System.exit(0) == null",
                "getClass().getName() == 'x'", "file('/etc/passwd') == ''")) {
            assertThatThrownBy(() -> engine.compile(one(unsafe))).as(unsafe).isInstanceOf(RuleEngine.RuleCompilationException.class);
        }
    }

    @Test
    void errorsNameEveryFaultyRule() {
        RuleBook book = new RuleBook(Template.THREE_LEVEL, List.of(
                new Rule("fine", "amount_minor > 0", List.of(new RuleOutcome.AddRiskFlag("A"))),
                new Rule("broken one", "amount_minor >", List.of(new RuleOutcome.AddRiskFlag("B"))),
                new Rule("broken two", "hour == 'noon'", List.of(new RuleOutcome.AddRiskFlag("C")))));

        assertThatThrownBy(() -> engine.compile(book)).isInstanceOfSatisfying(RuleEngine.RuleCompilationException.class,
                e -> assertThat(e.errors()).extracting(RuleEngine.RuleError::ruleIndex).contains(1, 2).doesNotContain(0));
    }
}
