package com.fundguard.notification.notice.application;

import com.fundguard.notification.notice.domain.NoticedTransfer;
import java.util.Optional;
import java.util.UUID;

/** The transfers this service keeps to tell people about them; every lookup names the enterprise. */
public interface NoticedTransfers {

    Optional<NoticedTransfer> find(UUID enterpriseId, UUID transferId);

    void save(NoticedTransfer transfer);
}
