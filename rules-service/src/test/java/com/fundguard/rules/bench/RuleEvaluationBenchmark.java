package com.fundguard.rules.bench;

import com.fundguard.rules.evaluation.adapter.out.cel.CelRuleEngine;
import com.fundguard.rules.evaluation.application.RuleEngine;
import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.evaluation.domain.RoutingDecision;
import com.fundguard.rules.evaluation.domain.Rule;
import com.fundguard.rules.evaluation.domain.RuleBook;
import com.fundguard.rules.evaluation.domain.RuleOutcome;
import com.fundguard.rules.evaluation.domain.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Evaluating a 50-rule book for one request (target p99 < 50 µs). Sample-time mode, so JMH prints percentiles.
 * Run: see rules-service/README.md ("Figures").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleEvaluationBenchmark {

    private CelRuleEngine engine;
    private RuleEngine.CompiledRuleBook fiftyRules;
    private Map<String, Object> facts;

    /** Fifty rules of the kinds enterprises write: thresholds, payee checks, splitting, hours, vouchers. */
    static RuleBook fiftyRules() {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String condition = switch (i % 5) {
                case 0 -> "amount_minor > " + (i + 1) * 100_000 + " && currency == 'CNY'";
                case 1 -> "payee_is_new && payee_type == 'PERSONAL' && amount_minor > " + i * 10_000;
                case 2 -> "transfers_to_payee_last_24h >= " + (i % 7 + 2) + " && amount_vs_payee_average > " + (i % 4 + 1) + ".5";
                case 3 -> "!business_day || hour < 8 || hour > " + (18 + i % 4);
                default -> "!voucher_types.exists(t, t == 'CONTRACT') && applicant_amount_today_minor + amount_minor > " + i * 1_000_000;
            };
            RuleOutcome outcome = i % 10 == 0 ? new RuleOutcome.SetQuorum("AUTHORIZATION", 2) : new RuleOutcome.AddRiskFlag("FLAG_" + i);
            rules.add(new Rule("rule " + i, condition, List.of(outcome)));
        }
        return new RuleBook(Template.THREE_LEVEL, rules);
    }

    @Setup
    public void compile() {
        engine = new CelRuleEngine(DataDictionary.STANDARD);
        fiftyRules = engine.compile(fiftyRules());
        facts = new HashMap<>(Map.ofEntries(
                Map.entry("amount_minor", 12_500_050L), Map.entry("currency", "CNY"), Map.entry("payee_type", "CORPORATE"),
                Map.entry("payee_is_new", true), Map.entry("payer_account", "CN6222000011110001"),
                Map.entry("account_level", "THREE_LEVEL"), Map.entry("applicant_count_today", 4L),
                Map.entry("applicant_amount_today_minor", 30_000_000L), Map.entry("business_day", true), Map.entry("hour", 10L),
                Map.entry("amount_vs_payee_average", 3.2), Map.entry("transfers_to_payee_last_24h", 3L),
                Map.entry("voucher_count", 2L), Map.entry("voucher_types", List.of("INVOICE", "RECEIPT")),
                Map.entry("voucher_reuse_suspected", false)));
    }

    @Benchmark
    public RoutingDecision evaluateFiftyRules() {
        return engine.evaluate(fiftyRules, facts);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RuleEvaluationBenchmark.class.getSimpleName()).build()).run();
    }
}
