package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferRequest;
import java.util.Optional;
import java.util.UUID;

/** Reads transfer requests of one enterprise. */
public class TransferQueries {

    private final TransferRequests requests;

    public TransferQueries(TransferRequests requests) {
        this.requests = requests;
    }

    public Optional<TransferRequest> find(UUID enterpriseId, UUID transferId) {
        return requests.find(enterpriseId, transferId);
    }
}
