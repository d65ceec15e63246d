package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.Money;
import java.util.List;
import java.util.UUID;

/** The applicant's limits, applied at submission (the limits capability answers). */
public interface ApplicantLimitCheck {

    Verdict check(UUID enterpriseId, UUID applicantId, SubmissionFacts facts, Money amount);

    /**
     * @param exceeded what the request would exceed; empty when within the limits or none are set
     * @param blocks   refuse the submission (else: an authorizer must override the limit in an extra step)
     */
    record Verdict(List<String> exceeded, boolean blocks) {

        public static final Verdict WITHIN = new Verdict(List.of(), false);

        public Verdict {
            exceeded = List.copyOf(exceeded);
        }
    }
}
