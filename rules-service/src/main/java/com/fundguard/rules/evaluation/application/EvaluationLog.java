package com.fundguard.rules.evaluation.application;

import com.fundguard.rules.evaluation.domain.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every evaluation, with the rule-set version that made it and the facts it saw: evidence, and what-if material. */
public interface EvaluationLog {

    void record(UUID enterpriseId, UUID ruleSetId, int version, Map<String, Object> facts, List<Step> steps, boolean blocked,
                Instant at);

    /** The enterprise's latest evaluations of its published rules, newest first. */
    List<Recorded> latest(UUID enterpriseId, int limit);

    record Recorded(UUID ruleSetId, int version, Map<String, Object> facts, List<Step> steps, boolean blocked, Instant at) {
    }
}
