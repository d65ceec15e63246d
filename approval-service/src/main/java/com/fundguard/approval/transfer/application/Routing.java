package com.fundguard.approval.transfer.application;

import com.fundguard.approval.transfer.domain.TransferDetails;
import java.time.Instant;
import java.util.UUID;

/** Decides a request's route at submission: the enterprise's published rules, or the built-in routing without them. */
public interface Routing {

    RoutingOutcome routeFor(UUID enterpriseId, TransferDetails details, SubmissionFacts facts, Instant submittedAt);
}
