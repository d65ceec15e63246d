package com.fundguard.approval.limits.application;

import com.fundguard.approval.limits.domain.ApplicantLimit;
import java.util.Optional;
import java.util.UUID;

public interface ApplicantLimits {

    void save(ApplicantLimit limit);

    Optional<ApplicantLimit> find(UUID enterpriseId, UUID applicantId);
}
