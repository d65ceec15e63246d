package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.ErrorCase;
import java.util.Optional;
import java.util.UUID;

/** The error cases this service keeps to name them when they are resolved; every lookup names the enterprise. */
public interface NoticedErrorCases {

    Optional<ErrorCase> find(UUID enterpriseId, UUID caseId);

    /** Keeps the case as given, replacing what was kept of it. */
    void save(ErrorCase errorCase);
}
