package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferRequest;
import java.util.Optional;
import java.util.UUID;

/** Reads transfer requests of one enterprise. */
public class TransferQueries {

    private final TransferRequests requests;
    private final ApproverDirectory directory;

    public TransferQueries(TransferRequests requests, ApproverDirectory directory) {
        this.requests = requests;
        this.directory = directory;
    }

    /** Approvers (auditors, authorizers) see the enterprise's requests; anyone else only their own. */
    public java.util.List<TransferRequest> list(UUID enterpriseId, UUID viewer, TransferFilter filter) {
        boolean approver = !directory.currentRoles(enterpriseId, viewer).isEmpty();
        return requests.list(enterpriseId, approver ? filter : filter.forApplicantOnly(viewer));
    }

    public Optional<TransferRequest> find(UUID enterpriseId, UUID transferId) {
        return requests.find(enterpriseId, transferId);
    }
}
