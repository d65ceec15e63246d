package com.fundguard.approval.limits.application;

import com.fundguard.approval.limits.domain.ApplicantLimit;
import com.fundguard.approval.transfer.application.ApplicantLimitCheck;
import com.fundguard.approval.transfer.application.SubmissionFacts;
import com.fundguard.approval.transfer.domain.Money;
import java.util.UUID;

/** Applies the applicant's limits to a new request, with the applicant's day counted by the transfer capability. */
public class LimitEnforcement implements ApplicantLimitCheck {

    private final ApplicantLimits limits;

    public LimitEnforcement(ApplicantLimits limits) {
        this.limits = limits;
    }

    @Override
    public Verdict check(UUID enterpriseId, UUID applicantId, SubmissionFacts facts, Money amount) {
        return limits.find(enterpriseId, applicantId)
                .map(limit -> {
                    var exceeded = limit.exceededBy(facts.applicantCountToday(), facts.applicantAmountToday(), amount.amount(), amount.currency());
                    return new Verdict(exceeded, limit.whenExceeded() == ApplicantLimit.WhenExceeded.BLOCK);
                })
                .orElse(Verdict.WITHIN);
    }
}
