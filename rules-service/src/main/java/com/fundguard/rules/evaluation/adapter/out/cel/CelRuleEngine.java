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

    /** Checks each condition on its own (errors name the rule and position); result type bool. */
    private final Cel perRule;
    /** Evaluates a whole book as one list of booleans: one program, one pass over the facts per request. */
    private final Cel perBook;

    public CelRuleEngine(DataDictionary dictionary) {
        this.perRule = environment(dictionary, SimpleType.BOOL);
        this.perBook = environment(dictionary, ListType.create(SimpleType.BOOL));
    }

    private static Cel environment(DataDictionary dictionary, CelType resultType) {
        // The planner runtime: about twice as fast as the legacy interpreter on our 50-rule benchmark.
        var builder = CelFactory.plannerCelBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setResultType(resultType);
        dictionary.facts().values().forEach(fact -> builder.addVar(fact.name(), celType(fact.type())));
        return builder.build();
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

    private record Compiled(RuleBook book, CelRuntime.Program program, Map<Rule, Integer> positions) implements CompiledRuleBook {
    }

    @Override
    public CompiledRuleBook compile(RuleBook book) {
        List<RuleError> errors = new ArrayList<>();
        Map<Rule, Integer> positions = new IdentityHashMap<>();
        StringBuilder all = new StringBuilder("[");
        for (int index = 0; index < book.rules().size(); index++) {
            Rule rule = book.rules().get(index);
            CelValidationResult result = perRule.compile(rule.when());
            for (CelIssue issue : result.getErrors()) {
                errors.add(new RuleError(index, rule.name(), issue.getSourceLocation().getLine(),
                        issue.getSourceLocation().getColumn() + 1, issue.getMessage()));
            }
            positions.put(rule, index);
            all.append(index == 0 ? "" : ", ").append('(').append(rule.when()).append(')');
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        try {
            CelValidationResult whole = perBook.compile(all.append(']').toString());
            return new Compiled(book, perBook.createProgram(whole.getAst()), positions);
        } catch (Exception e) {
            throw new RuleCompilationException(List.of(new RuleError(0, "(rule book)", 1, 1, e.getMessage())));
        }
    }

    @Override
    public RoutingDecision evaluate(CompiledRuleBook compiled, Map<String, Object> facts) {
        Compiled rules = (Compiled) compiled;
        List<?> holds;
        try {
            holds = (List<?>) rules.program().eval(facts);
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("the rules could not be evaluated: " + e.getMessage(), e);
        }
        return rules.book().decide(rule -> Boolean.TRUE.equals(holds.get(rules.positions().get(rule))));
    }
}
