package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferSubmitted;

/** Publishes what happened to transfer requests, in the transaction of the change (outbox). */
public interface TransferEvents {

    void submitted(TransferSubmitted event);
}
