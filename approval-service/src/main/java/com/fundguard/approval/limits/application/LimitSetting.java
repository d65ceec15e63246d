package com.fundguard.approval.limits.application;

import com.fundguard.approval.limits.domain.ApplicantLimit;
import com.fundguard.approval.transfer.application.ApproverDirectory;
import com.fundguard.approval.transfer.domain.ApproverRole;
import java.util.Optional;
import java.util.UUID;

/** Auditors set applicants' limits; only someone holding AUDITOR now may, and never for themself. */
public class LimitSetting {

    private final ApplicantLimits limits;
    private final ApproverDirectory directory;

    public LimitSetting(ApplicantLimits limits, ApproverDirectory directory) {
        this.limits = limits;
        this.directory = directory;
    }

    public ApplicantLimit set(ApplicantLimit limit) {
        if (!directory.currentRoles(limit.enterpriseId(), limit.setBy()).contains(ApproverRole.AUDITOR)) {
            throw new NotAnAuditorException();
        }
        limits.save(limit);
        return limit;
    }

    public Optional<ApplicantLimit> find(UUID enterpriseId, UUID applicantId) {
        return limits.find(enterpriseId, applicantId);
    }

    public static class NotAnAuditorException extends RuntimeException {
        public NotAnAuditorException() {
            super("only an auditor sets applicants' limits");
        }
    }
}
