package com.fundguard.approval.transfer.application;

/** Someone else changed the request between our read and our write (e.g. two approvers at the same instant). */
public class ConcurrentTransferChangeException extends RuntimeException {

    public ConcurrentTransferChangeException(String message) {
        super(message);
    }
}
