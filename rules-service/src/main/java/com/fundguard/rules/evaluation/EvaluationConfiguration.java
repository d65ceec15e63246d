package com.fundguard.rules.evaluation;

import com.fundguard.rules.evaluation.adapter.out.cel.CelRuleEngine;
import com.fundguard.rules.evaluation.application.RuleBookJson;
import com.fundguard.rules.evaluation.application.RuleEvaluation;
import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.ruleset.application.RuleSetLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    RuleBookJson ruleBookJson(JsonMapper json) {
        return new RuleBookJson(json);
    }

    @Bean
    CelRuleEngine celRuleEngine() {
        return new CelRuleEngine(DataDictionary.STANDARD);
    }

    /** Lazy on the rule sets: they validate drafts with this very bean (the validator port), so one must wait. */
    @Bean
    RuleEvaluation ruleEvaluation(@Lazy RuleSetLifecycle ruleSets, CelRuleEngine engine, RuleBookJson json,
                                  org.springframework.jdbc.core.simple.JdbcClient jdbc, JsonMapper mapper, java.time.Clock clock) {
        return new RuleEvaluation(ruleSets, engine, json, DataDictionary.STANDARD,
                new com.fundguard.rules.evaluation.adapter.out.persistence.JdbcEvaluationLog(jdbc, mapper), clock);
    }
}
