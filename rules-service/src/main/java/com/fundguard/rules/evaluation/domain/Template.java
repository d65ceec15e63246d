package com.fundguard.rules.evaluation.domain;

import java.util.List;

/** The built-in workflow templates (流程管理): who decides, in which order. */
public enum Template {
    /** Applicant, then authorizer. */
    TWO_LEVEL(List.of(Step.authorization())),
    /** Applicant, auditor, then authorizer. */
    THREE_LEVEL(List.of(Step.audit(), Step.authorization()));

    public final List<Step> steps;

    Template(List<Step> steps) {
        this.steps = steps;
    }
}
