package com.fundguard.rules.ruleset.application;

import com.fundguard.rules.ruleset.domain.RuleSetPublished;

public interface RuleSetEvents {

    void published(RuleSetPublished event);
}
