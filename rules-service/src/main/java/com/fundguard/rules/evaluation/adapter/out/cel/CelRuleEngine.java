package com.fundguard.rules.evaluation.adapter.out.cel;

import com.fundguard.rules.evaluation.application.RuleEngine;
import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.evaluation.domain.FactType;
import com.fundguard.rules.evaluation.domain.RoutingDecision;
import com.fundguard.rules.evaluation.domain.Rule;
import com.fundguard.rules.evaluation.domain.RuleBook;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules in CEL (Google's cel-java): conditions are type-checked against the data dictionary when a rule book is
 * saved, compiled once to programs, and evaluated without any access to Java classes, files or the network.
 * The standard macros (has, all, exists, exists_one, map, filter) are enabled explicitly: cel-java leaves them off.
 */
public class CelRuleEngine implements RuleEngine {

    private final Cel cel;

    public CelRuleEngine(DataDictionary dictionary) {
        var builder = CelFactory.standardCelBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setResultType(SimpleType.BOOL);
        dictionary.facts().values().forEach(fact -> builder.addVar(fact.name(), celType(fact.type())));
        this.cel = builder.build();
    }

    private static CelType celType(FactType type) {
        return switch (type) {
            case INT -> SimpleType.INT;
            case BOOL -> SimpleType.BOOL;
            case STRING -> SimpleType.STRING;
            case DOUBLE -> SimpleType.DOUBLE;
            case STRING_LIST -> ListType.create(SimpleType.STRING);
        };
    }

    private record Compiled(RuleBook book, Map<Rule, CelRuntime.Program> programs) implements CompiledRuleBook {
    }

    @Override
    public CompiledRuleBook compile(RuleBook book) {
        List<RuleError> errors = new ArrayList<>();
        Map<Rule, CelRuntime.Program> programs = new IdentityHashMap<>();
        for (int index = 0; index < book.rules().size(); index++) {
            Rule rule = book.rules().get(index);
            CelValidationResult result = cel.compile(rule.when());
            if (result.hasError()) {
                for (CelIssue issue : result.getErrors()) {
                    errors.add(new RuleError(index, rule.name(), issue.getSourceLocation().getLine(),
                            issue.getSourceLocation().getColumn() + 1, issue.getMessage()));
                }
                continue;
            }
            try {
                programs.put(rule, cel.createProgram(result.getAst()));
            } catch (Exception e) {
                errors.add(new RuleError(index, rule.name(), 1, 1, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return new Compiled(book, programs);
    }

    @Override
    public RoutingDecision evaluate(CompiledRuleBook compiled, Map<String, Object> facts) {
        Compiled rules = (Compiled) compiled;
        return rules.book().decide(rule -> {
            try {
                return Boolean.TRUE.equals(rules.programs().get(rule).eval(facts));
            } catch (CelEvaluationException e) {
                throw new IllegalStateException("rule '" + rule.name() + "' could not be evaluated: " + e.getMessage(), e);
            }
        });
    }
}
