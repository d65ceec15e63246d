package com.fundguard.approval.transfer.application;

import java.util.UUID;

/** No such request in this enterprise (another enterprise's request is indistinguishable from none). */
public class TransferNotFoundException extends RuntimeException {

    public TransferNotFoundException(UUID transferId) {
        super("no transfer request " + transferId);
    }
}
