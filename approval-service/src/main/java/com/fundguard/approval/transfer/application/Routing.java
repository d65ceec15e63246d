package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.Route;
import com.fundguard.approval.transfer.domain.TransferDetails;
import java.util.UUID;

/** Decides a request's route at submission (the rules; rules-service when the enterprise has published its own). */
public interface Routing {

    Route routeFor(UUID enterpriseId, TransferDetails details);
}
