package com.fundguard.rules.evaluation.domain;

import java.util.List;

/** What a rule does when its condition holds. */
public sealed interface RuleOutcome {

    record ChooseTemplate(Template template) implements RuleOutcome {
    }

    /** Route by one of the enterprise's own templates, defined (and versioned) in the same rule book. */
    record UseTemplate(String name) implements RuleOutcome {
    }

    record RequireStep(Step step) implements RuleOutcome {
    }

    record SkipStep(String stepName) implements RuleOutcome {
    }

    record SetQuorum(String stepName, int quorum) implements RuleOutcome {
    }

    /** The request is refused at submission with this message (e.g. over the applicant's daily limit). */
    record Block(String message) implements RuleOutcome {
    }

    record AddRiskFlag(String flag) implements RuleOutcome {
    }

    record RequireVoucherTypes(List<String> types) implements RuleOutcome {
        public RequireVoucherTypes {
            types = List.copyOf(types);
        }
    }
}
