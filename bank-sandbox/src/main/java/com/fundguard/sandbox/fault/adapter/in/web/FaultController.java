package com.fundguard.sandbox.fault.adapter.in.web;

import com.fundguard.sandbox.fault.domain.FaultKind;
import com.fundguard.sandbox.fault.domain.FaultRule;
import com.fundguard.sandbox.fault.domain.FaultRules;
import com.fundguard.sandbox.fault.domain.InvalidFaultRuleException;
import com.fundguard.web.ApiProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the sandbox bank what to do wrong to payment orders (tests and demos only). */
@RestController
@RequestMapping("/sandbox/faults")
class FaultController {

    private final FaultRules faults;

    FaultController(FaultRules faults) {
        this.faults = faults;
    }

    /** One rule: {@code endToEndId} with {@code times}, or {@code probability} with {@code seed}. */
    record RuleBody(@NotNull FaultKind kind, Long millis, String endToEndId, Integer times, Double probability, Long seed) {
    }

    record RuleView(FaultKind kind, long millis, String endToEndId, Integer remaining, Double probability, Long seed, int fired) {
        static RuleView of(FaultRule rule) {
            return new RuleView(rule.kind(), rule.millis(), rule.endToEndId(), rule.endToEndId() == null ? null : rule.remaining(),
                    rule.probability(), rule.seed(), rule.fired());
        }
    }

    /** Replaces the rules in force with these (an empty list clears them). */
    @PutMapping
    List<RuleView> set(@Valid @RequestBody List<@Valid RuleBody> body) {
        List<FaultRule> rules = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            rules.add(rule(body.get(i), i));
        }
        faults.replaceWith(rules);
        return list();
    }

    @GetMapping
    List<RuleView> list() {
        return faults.rules().stream().map(RuleView::of).toList();
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }

    private static FaultRule rule(RuleBody body, int index) {
        long millis = body.millis() == null ? 0 : body.millis();
        try {
            if (body.probability() != null || body.seed() != null) {
                if (body.endToEndId() != null || body.times() != null) {
                    throw new InvalidFaultRuleException("endToEndId", "a rule is for one order (endToEndId, times) or random (probability, seed), not both");
                }
                if (body.probability() == null || body.seed() == null) {
                    throw new InvalidFaultRuleException(body.probability() == null ? "probability" : "seed", "a random rule needs both probability and seed");
                }
                return FaultRule.atRandom(body.kind(), millis, body.probability(), body.seed());
            }
            return FaultRule.forOrder(body.kind(), millis, body.endToEndId(), body.times() == null ? 1 : body.times());
        } catch (InvalidFaultRuleException e) {
            throw new InvalidFaultRuleException("[" + index + "]." + e.field(), e.getMessage());
        }
    }

    @ExceptionHandler(InvalidFaultRuleException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFaultRuleException e) {
        return ResponseEntity.badRequest().body(ApiProblems.fieldProblem(e.field(), e.getMessage()));
    }
}
