package com.fundguard.rules.evaluation.adapter.in.web;

import com.fundguard.rules.evaluation.application.Facts;
import com.fundguard.rules.evaluation.application.RuleBookJson;
import com.fundguard.rules.evaluation.application.RuleEvaluation;
import com.fundguard.rules.evaluation.domain.DataDictionary;
import com.fundguard.rules.evaluation.domain.PatentRuleBook;
import com.fundguard.rules.evaluation.domain.RoutingDecision;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evaluating rules: facts in, decision out, with every rule that fired and why. */
@RestController
class EvaluationController {

    private final RuleEvaluation evaluation;
    private final RuleBookJson ruleBooks;
    private final JsonMapper json;

    EvaluationController(RuleEvaluation evaluation, RuleBookJson ruleBooks, JsonMapper json) {
        this.evaluation = evaluation;
        this.ruleBooks = ruleBooks;
        this.json = json;
    }

    record EvaluateBody(@NotNull Map<String, Object> facts) {
    }

    record StepView(String name, String role, int quorum) {
    }

    record FiredRuleView(String rule, String condition, List<JsonNode> outcomes) {
    }

    record DecisionView(UUID ruleSetId, int ruleSetVersion, String template, List<StepView> steps, boolean blocked,
                        List<String> blocks, List<String> riskFlags, List<String> requiredVoucherTypes,
                        List<FiredRuleView> explanation) {
    }

    @PostMapping("/api/enterprises/{enterpriseId}/rule-sets/published/evaluate")
    ResponseEntity<DecisionView> evaluatePublished(@PathVariable UUID enterpriseId, @Valid @RequestBody EvaluateBody body) {
        return evaluation.evaluatePublished(enterpriseId, body.facts()).map(this::view).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/api/enterprises/{enterpriseId}/rule-sets/{ruleSetId}/evaluate")
    ResponseEntity<DecisionView> evaluate(@PathVariable UUID enterpriseId, @PathVariable UUID ruleSetId,
                                          @Valid @RequestBody EvaluateBody body) {
        return evaluation.evaluate(enterpriseId, ruleSetId, body.facts()).map(this::view).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record SimulationView(int requests, long changed, List<RuleEvaluation.SimulatedCase> cases) {
    }

    /** What-if: the rule set against the enterprise's last {@code last} evaluated requests, and how each route would change. */
    @PostMapping("/api/enterprises/{enterpriseId}/rule-sets/{ruleSetId}/simulate")
    ResponseEntity<?> simulate(@PathVariable UUID enterpriseId, @PathVariable UUID ruleSetId,
                               @RequestParam(defaultValue = "100") int last) {
        if (last < 1 || last > 10_000) {
            return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("last", "must be 1 to 10000"));
        }
        return evaluation.simulate(enterpriseId, ruleSetId, last)
                .map(cases -> new SimulationView(cases.size(), cases.stream().filter(RuleEvaluation.SimulatedCase::changed).count(), cases))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/api/rules/data-dictionary")
    List<DataDictionary.Fact> dictionary() {
        return DataDictionary.STANDARD.facts().values().stream().sorted(java.util.Comparator.comparing(DataDictionary.Fact::name)).toList();
    }

    /** The patent's routing as a definition to start from, with the enterprise's no-authorization limit. */
    @GetMapping("/api/rules/patent-default")
    JsonNode patentDefault(@RequestParam long noAuthorizationLimitMinor) {
        return json.readTree(ruleBooks.write(PatentRuleBook.withNoAuthorizationLimit(noAuthorizationLimitMinor)));
    }

    @ExceptionHandler(Facts.InvalidFactException.class)
    ResponseEntity<ProblemDetail> invalidFact(Facts.InvalidFactException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem("facts." + e.fact(), e.getMessage()));
    }

    private DecisionView view(RuleEvaluation.Evaluation result) {
        RoutingDecision d = result.decision();
        return new DecisionView(result.ruleSetId(), result.version(), d.template(),
                d.steps().stream().map(s -> new StepView(s.name(), s.role(), s.quorum())).toList(), d.blocked(), d.blocks(),
                d.riskFlags(), d.requiredVoucherTypes(),
                d.explanation().stream().map(f -> new FiredRuleView(f.rule(), f.condition(),
                        f.outcomes().stream().map(ruleBooks::outcomeNode).toList())).toList());
    }
}
