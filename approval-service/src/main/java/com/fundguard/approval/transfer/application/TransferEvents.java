package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.TransferEvent;
import com.fundguard.approval.transfer.domain.TransferRequest;
import com.fundguard.approval.transfer.domain.TransferSubmitted;

/** Publishes what happened to transfer requests, in the transaction of the change (outbox). */
public interface TransferEvents {

    void submitted(TransferSubmitted event, Route route);

    /** An event caused by an act on the request (the request as it is after the act). */
    void happened(TransferRequest request, TransferEvent event);
}
