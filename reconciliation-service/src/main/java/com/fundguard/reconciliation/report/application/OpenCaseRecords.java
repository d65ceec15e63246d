package com.fundguard.reconciliation.report.application;

import com.fundguard.reconciliation.report.domain.OpenCase;
import java.util.List;
import java.util.UUID;

/** The error cases of an enterprise not yet resolved (the discrepancy capability's records), read for reports. */
public interface OpenCaseRecords {

    List<OpenCase> openCases(UUID enterpriseId);
}
